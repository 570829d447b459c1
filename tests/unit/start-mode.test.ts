// The build's last line says whether `npm start` will open the desktop app or browser mode here;
// startModeHere is what it asks.
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startModeHere } from '../../scripts/electron-binary.mjs';
import { tempDir } from './helpers.js';

const saved = process.env.ELECTRON_OVERRIDE_DIST_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
  else process.env.ELECTRON_OVERRIDE_DIST_PATH = saved;
});

describe.skipIf(process.platform === 'win32')('startModeHere', () => {
  it('is browser mode where no Electron binary was downloaded', () => {
    process.env.ELECTRON_OVERRIDE_DIST_PATH = tempDir();
    expect(startModeHere()).toBe('browser');
  });

  it('is the desktop app where the binary is there', () => {
    const dist = tempDir();
    const binary = path.join(dist, 'electron');
    writeFileSync(binary, '#!/bin/sh\n');
    chmodSync(binary, 0o755);
    process.env.ELECTRON_OVERRIDE_DIST_PATH = dist;
    expect(['desktop', 'desktop-after-native-build']).toContain(startModeHere());
  });
});
