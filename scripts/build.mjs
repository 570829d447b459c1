// Builds everything the app runs: the Node side with esbuild (CommonJS bundles in dist/), the
// renderer with Vite (dist/renderer). Dependencies stay external: electron-builder ships them.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPlaces } from './build-places.mjs';
import { startModeHere } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const external = ['electron', ...Object.keys(pkg.dependencies ?? {}), 'bufferutil', 'utf-8-validate'];

rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(`${root}dist`, { recursive: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external,
  logLevel: 'warning',
  define: { SAMLAD_VERSION: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/cli.ts'], outfile: 'dist/cli.cjs' }),
  // samlad verify's second thread: the hash chain beside the projections.
  build({ ...common, entryPoints: ['electron/core/record/chain-worker.ts'], outfile: 'dist/chain-worker.cjs' }),
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // A sandboxed preload may require only 'electron' and a few builtins: bundle everything else.
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
// The offline map's place names (resources/map/places-se.json) from GeoNames.
buildPlaces();
// The renderer's maps stay on the build machine: 'hidden' writes them without pointing the bundle
// at them, so no browser asks the seat server for them (which refuses *.map anyway).
await viteBuild({ configFile: `${root}vite.config.ts`, logLevel: 'warn', build: { sourcemap: 'hidden' } });
console.log('built dist/');

// What `npm start` will do here, so a new user knows before trying it.
const START_MODE = {
  desktop: 'npm start öppnar skrivbordsappen (Electron finns). / npm start opens the desktop app (Electron is present).',
  'desktop-after-native-build':
    'npm start öppnar skrivbordsappen (Electron finns); första starten bygger databasmodulen för den, vilket kräver internet, annars webbläsarläge. / ' +
    'npm start opens the desktop app (Electron is present); its first start builds the database module for it, which needs the internet, else browser mode.',
  browser:
    'npm start använder webbläsarläge: Electron finns inte här (npm start försöker hämta den en gång till först). / ' +
    'npm start will use browser mode: Electron is not here (npm start tries to download it once more first).',
};
console.log(START_MODE[startModeHere(root)]);
