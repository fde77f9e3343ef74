export type FileFormat = 'xlsx' | 'csv';

export const CONTENT_TYPES: Record<FileFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

export const EXTENSIONS: Record<FileFormat, string> = { xlsx: '.xlsx', csv: '.csv' };

/** The format of a chosen file, from its name; null when it is neither. */
export function formatOfFile(name: string, allowed: readonly FileFormat[]): FileFormat | null {
  const lower = name.toLowerCase();
  return allowed.find((f) => lower.endsWith(EXTENSIONS[f])) ?? null;
}
