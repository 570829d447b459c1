// `npm test` on a machine without Chromium: the e2e run stops at once with one line saying what
// to install, instead of a stack trace per test (tests/e2e/global-setup.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumProblem } from '../e2e/global-setup.js';
import { tempDir } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the e2e run without Chromium', () => {
  it('names what to install when the browser is missing or is not a program', () => {
    const missing = path.join(tempDir(), 'chromium');
    expect(chromiumProblem(missing)).toMatch(new RegExp(`^Chromium saknas \\(${missing}\\): installera den \\(Debian: apt-get install chromium\\).* / Chromium is missing`));
    expect(chromiumProblem(tempDir())).toContain('apt-get install chromium');
    expect(chromiumProblem(process.execPath)).toBeNull();
  });

  it('stops the whole Playwright run with that one line and a non-zero exit, before any test', () => {
    const missing = path.join(tempDir(), 'no-chromium-here');
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--project', 'e2e'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SAMLAD_CHROMIUM: missing },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([chromiumProblem(missing)]);
  });
});
