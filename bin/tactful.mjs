#!/usr/bin/env node
// The `tactful` command: runs the bundled CLI (built by scripts/build-cli.mjs on `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../out/cli/tactful.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('tactful: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the Tactful folder first.\n');
  process.exit(1);
}
await import(bundle.href);
