/**
 * The portable backup: gzip-compressed JSON lines, one record per line, readable by either engine
 * and by a person with zcat. Rows are each table's row_to_json, so every value keeps its
 * PostgreSQL text form (timestamps to the microsecond, numbers exactly) whichever engine wrote it.
 * The trailer carries the counts: a file cut short has none and is refused.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'thidua-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Tables, columns and sequences are plain identifiers: anything else is not a thidua backup. */
const name = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/);

export const BackupHeaderSchema = z.object({
  kind: z.literal('header'),
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string(),
  /** How many migrations the database had: the schema the rows fit. */
  migrations: z.number().int().min(1),
  lastMigration: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  createdAt: z.string().datetime({ offset: true }),
});

const TableLineSchema = z.object({ kind: z.literal('table'), name, columns: z.array(name).min(1) });
const RowsLineSchema = z.object({ kind: z.literal('rows'), table: name, rows: z.array(z.record(z.string(), z.unknown())).min(1) });
const SequenceLineSchema = z.object({ kind: z.literal('sequence'), name, lastValue: z.string().regex(/^-?\d{1,19}$/), isCalled: z.boolean() });
const FileLineSchema = z.object({
  kind: z.literal('file'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.string(),
});
export const BackupTrailerSchema = z.object({
  kind: z.literal('end'),
  tables: z.record(name, z.number().int().min(0)),
  files: z.number().int().min(0),
  /** Attachments named by a row but missing from the store when the backup was made. */
  missingFiles: z.array(z.string()),
});

export const BackupLineSchema = z.discriminatedUnion('kind', [
  BackupHeaderSchema,
  TableLineSchema,
  RowsLineSchema,
  SequenceLineSchema,
  FileLineSchema,
  BackupTrailerSchema,
]);

export type BackupHeader = z.infer<typeof BackupHeaderSchema>;
export type BackupLine = z.infer<typeof BackupLineSchema>;
export type BackupTrailer = z.infer<typeof BackupTrailerSchema>;
