/** A staff-log vocabulary, so the search index looks like a real journal's. */
const WORDS = (
  'brand larm evakuering skola förskola äldreboende vatten elavbrott storm skyfall översvämning väg ' +
  'stängd räddningstjänsten polisen regionen länsstyrelsen kommunen smhi trafikverket vattenfall ' +
  'beslut åtgärd information samtal inkommande utgående trygghetspunkt nödvatten reservkraft ' +
  'kommunikation pressmeddelande krisledning stab lägesbild samverkan konferens rapport resurser ' +
  'personal frivilliga hemtjänst sjukhus ambulans helikopter båt bro tunnel järnväg buss skolskjuts ' +
  'ström mobilnät telefoni rakel talgrupp sambandsplan kontakt liaison åska hagel snö halka ' +
  'kyla värme dricksvatten avlopp pumpstation reningsverk livsmedel apotek bensin diesel ' +
  'invånare boende drabbade skadade saknade anhöriga stödcentrum psykosocialt posom kyrkan ' +
  'norra södra östra västra centrum hamnen industriområdet stationen torget sjön älven ån'
).split(' ');

/** A deterministic pseudo-random text of 6–30 words. */
export function journalText(i: number): string {
  let x = (i * 2654435761) >>> 0;
  const next = () => {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    return x;
  };
  const n = 6 + (next() % 25);
  const out: string[] = [];
  for (let k = 0; k < n; k++) out.push(WORDS[next() % WORDS.length] ?? 'läge');
  out[0] = (out[0] ?? '').charAt(0).toUpperCase() + (out[0] ?? '').slice(1);
  return `${out.join(' ')} (${i}).`;
}

export const SEARCHES = ['brand', 'evakuering skola', 'nödvatten', 'Länsstyrelsen', 'åska', 'rakel talgrupp', 'reservkraft', 'ström', 'pump', 'hamnen båt', 'SMHI', 'posom'];
export const ACTORS = ['Räddningstjänsten', 'Polisen', 'Region Gävleborg', 'Länsstyrelsen', 'SMHI', 'Trafikverket', null];
