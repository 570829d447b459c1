// npm run dist [-- --linux | --win | --mac …]: installers with electron-builder (config in
// electron-builder.yml). electron-builder rebuilds better-sqlite3 IN node_modules for Electron's
// ABI; afterwards this puts it back to Node's ABI so tests and the CLI keep working — always,
// whether packaging worked or not.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureBuilt } from './ensure-build.mjs';
import { ROOT } from './electron-binary.mjs';

const say = (line) => process.stderr.write(`${line}\n`);
const nodeBinding = path.join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const backup = path.join(ROOT, '.cache/node-native-backup/better_sqlite3.node');

function nodeCanLoadSqlite() {
  const check = spawnSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  return check.status === 0;
}

/** npm rebuild first (the documented way); the saved copy if that fails offline. */
function restoreNodeAbi() {
  say('Återställer better-sqlite3 för Node (npm rebuild better-sqlite3) … / Restoring better-sqlite3 for Node …');
  spawnSync('npm', ['rebuild', 'better-sqlite3'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
    shell: process.platform === 'win32', // npm is npm.cmd there
  });
  if (nodeCanLoadSqlite()) return true;
  if (existsSync(backup)) {
    mkdirSync(path.dirname(nodeBinding), { recursive: true });
    copyFileSync(backup, nodeBinding);
  }
  return nodeCanLoadSqlite();
}

if (!ensureBuilt({ force: true })) {
  say('Bygget misslyckades – se felen ovan. / The build failed – see the errors above.');
  process.exit(1);
}
say(
  'Paketeringen hämtar Electron och inbyggda moduler och kräver internet. / ' +
    'Packaging downloads Electron and native modules and needs the internet.',
);
if (existsSync(nodeBinding)) {
  mkdirSync(path.dirname(backup), { recursive: true });
  copyFileSync(nodeBinding, backup);
}

const builder = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules/electron-builder/cli.js'), '--publish', 'never', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
const restored = restoreNodeAbi();
if (!restored) {
  say(
    'better-sqlite3 fungerar inte i Node längre – kör `npm rebuild better-sqlite3` med internet. / ' +
      'better-sqlite3 no longer loads in Node – run `npm rebuild better-sqlite3` with internet access.',
  );
}
if (builder.status === 0) say(`Klart: installationsfilerna ligger i release/. / Done: installers are in release/.`);
else say('Paketeringen misslyckades – se felen ovan. / Packaging failed – see the errors above.');
process.exit(builder.status === 0 && restored ? 0 : 1);
