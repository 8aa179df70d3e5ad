export { segmentChinese } from './chinese';
export { Decompounder } from './decompound';
export { detectLanguage, isLanguage, LANGUAGES, type Language } from './language';
export { searchTerms } from './search-terms';
export { stem } from './stem';
export { isStopWord } from './stopwords';
export { normaliseWord, terms, tokenize, tokenTerms, type Token } from './tokenize';
export { simplifyTsquery } from './tsquery';
