import { ensureBuilt } from '../../../scripts/build.mjs';

/** Builds the server bundle and the web app once, before any journey starts a server. */
export default async function setup() {
  await ensureBuilt({ web: true });
}
