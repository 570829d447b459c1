import { userInfo } from 'node:os';
import { PERSON_NAME_MAX } from '../../shared/domain/person.js';
import { userText } from '../../shared/domain/text.js';
import { CliError } from './args.js';

/**
 * Who the CLI writes as: --by NAME, else the logged-in OS user. Checked like any name a seat
 * states, so a record's `by` is always a clean, bounded text.
 */
export function whoIsWriting(flag: string | undefined): string {
  let name = flag;
  if (name === undefined) {
    try {
      name = userInfo().username;
    } catch {
      name = process.env.USER ?? process.env.USERNAME ?? '';
    }
  }
  const parsed = userText(PERSON_NAME_MAX).safeParse(name);
  if (!parsed.success) throw new CliError('bad_by', { value: name.slice(0, 40) });
  return parsed.data;
}
