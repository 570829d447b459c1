import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The configuration `npm run dist` hands to electron-builder (scripts/dist.mjs runs its CLI in the
// repository, which reads electron-builder.yml).
const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('packaging configuration (electron-builder.yml)', () => {
  it('flips the Electron fuses that close the ways around the app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs an asar (the fuses above load nothing else) and leaves source maps out', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('!dist/**/*.map');
  });

  it('is the file dist.mjs packages with: no other config is passed', () => {
    const dist = readFileSync(new URL('../../scripts/dist.mjs', import.meta.url), 'utf8');
    expect(dist).toContain('electron-builder/cli.js');
    expect(dist).not.toMatch(/--config|-c\b/);
  });
});
