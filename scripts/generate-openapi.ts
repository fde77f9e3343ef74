// Writes docs/openapi.json from the zod contract (through the routes' schemas).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../src/server/openapi.js';
import { ROOT_DIR } from '../src/server/paths.js';

const doc = await buildOpenApiDocument();
writeFileSync(join(ROOT_DIR, 'docs/openapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
console.log('docs/openapi.json written');
