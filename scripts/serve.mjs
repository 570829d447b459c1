// npm run serve [-- --db FILE | --data-dir DIR] [--port N] [--host H]: the seat server alone.
// Its first stdout line is the URL with the token: nothing of ours may be printed before it, so
// build output and notices go to stderr. With neither --db nor --data-dir the CLI uses the same
// app data folder as the desktop app.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './ensure-build.mjs';
import { ROOT } from './electron-binary.mjs';

if (!ensureBuilt()) {
  process.stderr.write('Bygget misslyckades – se felen ovan. / The build failed – see the errors above.\n');
  process.exit(1);
}

const server = spawn(process.execPath, [path.join(ROOT, 'dist/cli.cjs'), 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
server.on('error', (err) => {
  process.stderr.write(`Servern kunde inte starta: ${err.message} / The server could not start: ${err.message}\n`);
  process.exit(1);
});
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
