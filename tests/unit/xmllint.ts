import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CAP_XSD = resolve('tests/fixtures/schemas/cap/CAP-v1.2.xsd');

/**
 * Validates an XML text against a schema with xmllint, offline. Fails loudly when xmllint is not
 * installed (README's Install: libxml2-utils), rather than skipping a check the issue asks for.
 */
export function validate(xml: string, xsd: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-xsd-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], { encoding: 'utf8' });
    if (run.error) throw new Error(`xmllint is needed for the schema checks (Debian: apt-get install libxml2-utils): ${run.error.message}`);
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
