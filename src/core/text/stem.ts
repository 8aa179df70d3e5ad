import snowball from 'snowball-stemmers';

const stemmers = { nl: snowball.newStemmer('dutch'), en: snowball.newStemmer('english') };
// Profiles repeat the same few thousand words; the Snowball port is the hot spot of tagging.
const caches = { nl: new Map<string, string>(), en: new Map<string, string>() };
const CACHE_LIMIT = 200_000;

// Dutch Snowball undoubles only kk/dd/tt, so "waterstoffen" would stem to "waterstoff" but
// "waterstof" to "waterstof"; undoubling every final consonant pair makes them meet.
const DOUBLE_FINAL = /([bcdfghjklmnpqrstvwxz])\1$/;

export function stem(word: string, lang: 'nl' | 'en'): string {
  const cache = caches[lang];
  let result = cache.get(word);
  if (result === undefined) {
    result = stemmers[lang].stem(word);
    if (lang === 'nl') result = result.replace(DOUBLE_FINAL, '$1');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}
