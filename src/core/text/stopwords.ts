import type { Language } from './language';

// Only words that carry no subject matter; domain-generic words such as "system" stay, because
// thesaurus labels may contain them.
const LISTS: Record<'nl' | 'en', string> = {
  nl: `aan al alle alles als ander andere bij binnen dan dat de deze die dit door dus een eigen en er
    haar hen het hier hij hun ik in is je jaar jaarlijks kan kunnen maar meer men met mij moet moeten na naar niet nog nu of om onder ons onze
    ook op over per s sinds tegen te ten tot u uit van veel voor vooral waar wat we welke werd wij wil willen
    word worden wordt zal ze zich zij zijn zo zoals zowel`,
  en: `a about after all also an and any are as at be been being both but by can could do does for from
    had has have he her here his how i if in into is it its more most much must new no not of on one only or our
    ours over per s she should so some such than that the their them then there these they this those through to
    too under up us was we were what when where which while who will with within would you your`,
};

const SETS = {
  nl: new Set(LISTS.nl.split(/\s+/)),
  en: new Set(LISTS.en.split(/\s+/)),
};

export function isStopWord(word: string, lang: Language): boolean {
  return lang !== 'zh' && SETS[lang].has(word);
}
