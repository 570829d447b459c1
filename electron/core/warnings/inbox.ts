import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CAP_FILE_MAX_BYTES } from '../../../shared/warnings/domain.js';
import type { Caller, Core } from '../core.js';

export interface CapInbox {
  stop(): void;
}

/** Who the journal says imported a file from the watched folder. */
export const INBOX_CALLER: Caller = { role: 'staff', name: 'CAP-inkorg' };

/**
 * Watches a folder for CAP files other systems drop there (an SMHI feed, a neighbour's alerts):
 * each new or changed *.xml / *.cap file is imported once into the open board, as if a staff seat
 * had read it in. A file that is not CAP is reported (log) and changes nothing; the same alert
 * twice changes nothing either, so a restart that sees every file again is harmless.
 */
export function watchCapInbox(core: Core, dir: string, options: { intervalMs?: number; log?: (line: string) => void } = {}): CapInbox {
  const seen = new Map<string, string>();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let busy = false;
  const scan = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      let names: string[];
      try {
        names = readdirSync(dir).filter((n) => /\.(xml|cap)$/i.test(n)).sort();
      } catch (e) {
        log(`cap-inkorg: ${dir}: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      for (const name of names) {
        const path = join(dir, name);
        let stamp: string;
        try {
          const st = statSync(path);
          if (!st.isFile()) continue;
          stamp = `${st.size}:${st.mtimeMs}`;
          if (seen.get(name) === stamp) continue;
          seen.set(name, stamp);
          if (st.size > CAP_FILE_MAX_BYTES) {
            log(`cap-inkorg: ${name}: larger than ${CAP_FILE_MAX_BYTES} bytes, not read`);
            continue;
          }
        } catch {
          continue; // gone between listing and reading: the next scan decides
        }
        const reply = await core.dispatch('warnings.importCap', { file_name: name, xml: readFileSync(path, 'utf8') }, INBOX_CALLER);
        if (!reply.ok) log(`cap-inkorg: ${name}: ${reply.error.message}`);
      }
    } finally {
      busy = false;
    }
  };
  void scan();
  const timer = setInterval(() => void scan(), options.intervalMs ?? 5_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
