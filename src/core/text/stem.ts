import snowball from 'snowball-stemmers';

const stemmers = { nl: snowball.newStemmer('dutch'), en: snowball.newStemmer('english') };
// Profiles repeat the same few thousand words; the Snowball port is the hot spot of tagging.
const caches = { nl: new Map<string, string>(), en: new Map<string, string>() };
const CACHE_LIMIT = 200_000;

// Dutch Snowball undoubles only kk/dd/tt, so "waterstoffen" would stem to "waterstoff" but
// "waterstof" to "waterstof"; undoubling every final consonant pair makes them meet.
const DOUBLE_FINAL = /([bcdfghjklmnpqrstvwxz])\1$/;

// Dutch diminutives name the same thing, small: "filmrolletjes", "zakjes", "stoeltje". Snowball
// leaves them alone, so the suffix goes first: -etje after a doubled consonant ("rolletje" →
// "rol"), -tje after a vowel or l/r/n/w ("stoeltje"), otherwise -je ("kastje", "lampje").
const DIMINUTIVE_ETJE = /([bcdfghjklmnpqrstvwxz])\1etjes?$/;
const DIMINUTIVE_TJE = /([aeiouylrnw])tjes?$/;
const DIMINUTIVE_JE = /([a-z])jes?$/;
const MIN_DIMINUTIVE = 6;

export function undiminish(word: string): string {
  if (word.length < MIN_DIMINUTIVE) return word;
  if (DIMINUTIVE_ETJE.test(word)) return word.replace(DIMINUTIVE_ETJE, '$1');
  if (DIMINUTIVE_TJE.test(word)) return word.replace(DIMINUTIVE_TJE, '$1');
  if (DIMINUTIVE_JE.test(word) && !word.endsWith('ije')) return word.replace(DIMINUTIVE_JE, '$1');
  return word;
}

export function stem(word: string, lang: 'nl' | 'en'): string {
  const cache = caches[lang];
  let result = cache.get(word);
  if (result === undefined) {
    result = stemmers[lang].stem(lang === 'nl' ? undiminish(word) : word);
    if (lang === 'nl') result = result.replace(DOUBLE_FINAL, '$1');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}
