import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { newBoard } from './helpers.js';

describe('samlad journal list over entries too long for one page', () => {
  it('lists every entry once, newest first, although each reply holds fewer than asked', async () => {
    const N = 45;
    const b = await newBoard();
    for (let i = 1; i <= N; i++) await b.call('journal.append', { kind: 'information', text: `${i} ${'€'.repeat(19_000)}` });
    // A page of 500 is cut at 1 MiB of JSON: the CLI must page on, not stop at the first short page.
    expect((await b.call('journal.list', { limit: 500 })).entries.length).toBeLessThan(N);
    b.core.close();

    const run = spawnSync(process.execPath, ['dist/cli.cjs', 'journal', 'list', '--db', b.path, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, SAMLAD_LANG: 'en' },
    });
    expect(run.status, run.stderr).toBe(0);
    const seqs = (JSON.parse(run.stdout) as { seq: number }[]).map((e) => e.seq);
    expect(seqs).toEqual([...Array(N).keys()].map((i) => N - i));
  }, 60_000);
});
