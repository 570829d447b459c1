import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchCapInbox } from '../../electron/core/warnings/inbox.js';
import { newBoard, tempDir } from './helpers.js';

const SAMPLES = 'tests/fixtures/samples/cap';

describe('the watched CAP folder', () => {
  it('imports each new CAP file once, says why a file is not CAP, and changes nothing for it', async () => {
    const b = await newBoard();
    const dir = tempDir();
    const lines: string[] = [];
    const inbox = watchCapInbox(b.core, dir, { intervalMs: 20, log: (l) => lines.push(l) });
    try {
      copyFileSync(join(SAMPLES, 'smhi-05-smhi-bpm-1552397401981.xml'), join(dir, 'smhi-05.xml'));
      writeFileSync(join(dir, 'inte-cap.xml'), '<feed xmlns="http://www.w3.org/2005/Atom"/>');
      writeFileSync(join(dir, 'anteckning.txt'), 'inte en varning');
      await expect.poll(async () => (await b.call('warnings.list', {})).warnings.length).toBe(1);
      await expect.poll(() => lines.some((l) => l.includes('inte-cap.xml') && l.includes('not a CAP 1.2'))).toBe(true);
      copyFileSync(join(SAMPLES, 'smhi-06-smhi-bpm-1552397565782.xml'), join(dir, 'smhi-06.xml'));
      await expect.poll(async () => (await b.call('warnings.list', {})).warnings.length).toBe(2);
      // Scanning on: nothing is imported twice.
      await new Promise((r) => setTimeout(r, 100));
      const entries = await b.call('journal.list', {});
      expect(entries.total).toBe(2);
      expect(entries.entries.every((e) => e.by === 'CAP-inkorg')).toBe(true);
    } finally {
      inbox.stop();
      b.core.close();
    }
  });
});
