#!/usr/bin/env node
// The `cti-outcomes` command: runs the compiled CLI (built by `npm install` through the prepare script).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const entry = join(__dirname, '..', 'dist', 'apps', 'cli', 'src', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('cti-outcomes is not built yet: run `npm install` (or `npm run build`) in the repository first.\n');
  process.exit(1);
}
require(entry).runCli(process.argv);
