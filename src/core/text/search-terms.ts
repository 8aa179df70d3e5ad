import { segmentChinese } from './chinese';
import { detectLanguage, type Language } from './language';
import { terms } from './tokenize';

/**
 * The words under which a text should be findable, as one space-separated string, for the
 * server's full-text columns. Chinese is segmented with sub-words (so 废水 finds 工业废水);
 * Dutch and English are stemmed with stop words removed.
 */
export function searchTerms(text: string, lang: Language = detectLanguage(text)): string {
  return (lang === 'zh' ? segmentChinese(text) : terms(text, lang)).join(' ');
}
