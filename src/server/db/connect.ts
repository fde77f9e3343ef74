import type { Config } from '../config.js';
import { openEmbedded, type EmbeddedDatabase } from './embedded.js';
import { migrateDatabase, openPostgres, type Database } from './open.js';

export interface Connected {
  database: Database;
  /** True when the database was created by this start (so demo data may be seeded). */
  created: boolean;
  embedded: EmbeddedDatabase | null;
}

/** Opens PostgreSQL when DATABASE_URL is set, the embedded database otherwise, and migrates it. */
export async function connect(config: Config): Promise<Connected> {
  if (config.databaseUrl) {
    const database = await openPostgres(config.databaseUrl);
    await migrateDatabase(database);
    return { database, created: false, embedded: null };
  }
  const embedded = await openEmbedded(config.dataDir);
  return { database: embedded, created: embedded.created, embedded };
}
