import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is plain static files: served by the seat server and by the Electron app's
// custom protocol alike, so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  define: { SAMLAD_VERSION: JSON.stringify(pkg.version) },
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    rollupOptions: {
      // zod's sources carry /* @__PURE__ */ comments Rollup cannot place; harmless, and noise.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});
