/**
 * Instants come from the database as "2024-11-05 03:00:00+00" (timestamptz as text); the API
 * answers ISO 8601. One conversion for every module.
 */
export function isoInstant(at: string): string;
export function isoInstant(at: string | null): string | null;
export function isoInstant(at: string | null): string | null {
  return at === null ? null : new Date(at).toISOString();
}
