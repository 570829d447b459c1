import { describe, expect, it } from 'vitest';
import { searchWords } from '../../electron/core/journal/search-words.js';
import { newBoard } from './helpers.js';

describe('words with punctuation inside', () => {
  it('are indexed joined up as well', () => {
    expect(searchWords('Strömavbrott hos E.ON i Andersberg', null)).toBe('EON');
    expect(searchWords('ICA-Maxi och SOS-Alarm, sedan P&G', 'Länsstyrelsen')).toBe('ICAMaxi SOSAlarm PG');
    expect(searchWords('Inga sådana ord. Slut.', 'E.ON')).toBe('EON');
    expect(searchWords('Vanlig text', null)).toBe('');
  });

  it('are found by a search for the joined word, and still by their parts', async () => {
    const b = await newBoard();
    await b.call('journal.append', { kind: 'incoming', text: 'Strömavbrott i norra delen', actor: 'E.ON' });
    await b.call('journal.append', { kind: 'call', text: 'Samtal med ICA-Maxi om reservkraft' });
    await b.call('journal.append', { kind: 'information', text: 'Ingenting om elbolaget' });
    const find = async (search: string) => (await b.call('journal.list', { query: { search } })).entries.map((e) => e.seq);
    expect(await find('eon')).toEqual([1]);
    expect(await find('E.ON')).toEqual([1]);
    expect(await find('icamaxi')).toEqual([2]);
    expect(await find('ica')).toEqual([2]);
    expect(await find('maxi')).toEqual([2]);
    b.core.close();
  });
});
