#!/usr/bin/env node
// The `samlad` command (npx samlad). The CLI is built into dist/ by `npm install` (prepare).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('samlad: dist/cli.cjs saknas – kör "npm run build" först. / missing – run "npm run build" first.\n');
  process.exit(1);
}
require(cli);
