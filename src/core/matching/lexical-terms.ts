import { segmentChinese } from '../text/chinese';
import type { Language } from '../text/language';
import { tokenTerms, type Token } from '../text/tokenize';

/**
 * The lexical view of a text: Chinese words and sub-words, or the stems plus compound parts
 * of the tokens the tagger already produced (so Latin text is tokenised once).
 */
export function lexicalTerms(text: string, lang: Language, tokens: readonly Token[]): string[] {
  return lang === 'zh' ? segmentChinese(text) : tokenTerms(tokens);
}
