// Before any e2e test: is the Chromium the tests drive there? Without it Playwright would fail
// every test with its own "executable doesn't exist" trace; one line saying what to install helps more.
import { accessSync, constants, statSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../playwright.config';

/** Why `path` cannot be launched as the e2e browser, in one line; null when it can. */
export function chromiumProblem(path: string): string | null {
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    return (
      `Chromium saknas (${path}): installera den (Debian: apt-get install chromium) eller peka SAMLAD_CHROMIUM på en Chromium eller Chrome. / ` +
      `Chromium is missing (${path}): install it (Debian: apt-get install chromium) or point SAMLAD_CHROMIUM at a Chromium or Chrome.`
    );
  }
}

export default function globalSetup(): void {
  const problem = chromiumProblem(CHROMIUM_PATH);
  if (problem === null) return;
  process.stderr.write(`${problem}\n`);
  // Exit here, not throw: a thrown error would come with a stack trace and a code frame.
  process.exit(1);
}
