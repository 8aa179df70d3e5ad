import { isLanguage, LANGUAGES, type Language } from '../languages';

export { isLanguage, LANGUAGES, type Language };

// Frequent function words tell Dutch from English far more reliably than letter statistics
// on texts this short (titles, one-paragraph profiles).
const NL_MARKERS = new Set(
  'de het een van en in op met voor bij naar zijn wordt worden door uit ook niet dat die deze wij we onze ons er is te om aan als tot'.split(' '),
);
const EN_MARKERS = new Set('the a an of and in on with for at to are is be by from also not that this these we our us it as into their which'.split(' '));

const HAN = /\p{Script=Han}/gu;
const WORD = /\p{L}+/gu;
const DUTCH_DIGRAPHS = /ij|uu|aa|sch|cht|oe[^s]/;

/** Guesses nl, en or zh. Text with a fair share of Han characters is Chinese even when it
 * carries Latin abbreviations (VOCs, MBR); otherwise function words decide, English on a tie. */
export function detectLanguage(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  const latinWords = text.match(WORD) ?? [];
  if (han > 0 && han >= latinWords.length) return 'zh';
  let nl = 0;
  let en = 0;
  for (const raw of latinWords) {
    const word = raw.toLowerCase();
    if (NL_MARKERS.has(word)) nl++;
    if (EN_MARKERS.has(word)) en++;
  }
  if (nl !== en) return nl > en ? 'nl' : 'en';
  // No function words either way (a bare title): Dutch spelling has digraphs English lacks.
  return DUTCH_DIGRAPHS.test(text.toLowerCase()) ? 'nl' : 'en';
}
