#!/usr/bin/env node
// Entry of the `thidua` command: builds what is stale, then runs the bundled CLI.
import { ensureBuilt } from '../scripts/build.mjs';

const command = process.argv[2];
await ensureBuilt({ web: command === 'serve' });
await import('../dist/cli.js');
