import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enErrors from '../../shared/locales/en/errors.json';
import svErrors from '../../shared/locales/sv/errors.json';
import enBoard from '../../shared/locales/en/board.json';
import svBoard from '../../shared/locales/sv/board.json';
import { ClientError } from '../../renderer/src/api/ClientError.js';
import { errorText } from '../../renderer/src/i18n/errorText.js';
import { REFUSALS } from '../../shared/domain/text.js';

beforeAll(async () => {
  await i18next.init({
    resources: { sv: { board: svBoard, errors: svErrors }, en: { board: enBoard, errors: enErrors } },
    lng: 'sv',
    ns: ['board', 'errors'],
    defaultNS: 'board',
    interpolation: { escapeValue: false },
  });
});

function refused(path: string, message: string): ClientError {
  return new ClientError('validation', `invalid input: ${path}`, { fields: path }, [{ path, message }]);
}

describe('a refused text or time, as the UI words it', () => {
  it('says in Swedish and English what is wrong, not only which field', async () => {
    await i18next.changeLanguage('sv');
    expect(errorText(refused('text', REFUSALS.not_well_formed))).toBe(
      'Ogiltig uppgift: text. Texten innehåller ett trasigt tecken (till exempel en halv emoji). Ta bort det och försök igen.',
    );
    expect(errorText(refused('occurred_at', REFUSALS.out_of_range))).toContain('mellan 1900-01-01 och 2199-12-31');
    expect(errorText(refused('text', REFUSALS.control_chars))).toContain('styrtecken');
    await i18next.changeLanguage('en');
    expect(errorText(refused('text', REFUSALS.not_well_formed))).toContain('broken character');
    expect(errorText(refused('query.to', REFUSALS.out_of_range))).toContain('between 1900-01-01 and 2199-12-31');
    expect(errorText(refused('name', REFUSALS.empty))).toContain('invisible characters');
    // Any other validation message keeps the plain wording.
    expect(errorText(refused('kind', 'Invalid option'))).toBe('Invalid input: kind.');
  });
});
