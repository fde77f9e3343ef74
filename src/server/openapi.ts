import { buildApp } from './app.js';
import { openPglite } from './db/open.js';

/** The OpenAPI document as the server serves it, built without listening or touching real data. */
export async function buildOpenApiDocument(): Promise<unknown> {
  const database = await openPglite();
  try {
    const app = await buildApp({ ctx: { db: database.db, now: () => new Date() }, engine: 'pglite' });
    await app.ready();
    const doc = app.swagger();
    await app.close();
    return doc;
  } finally {
    await database.close();
  }
}
