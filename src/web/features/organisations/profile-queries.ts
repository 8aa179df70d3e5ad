import { useQuery } from '@tanstack/react-query';
import { useLanguage } from '../../i18n/index';
import { api, dataOf } from '../../lib/api-client';

export const useThesaurus = () => useQuery({ queryKey: ['thesaurus'], queryFn: () => dataOf(api.GET('/api/thesaurus')), staleTime: 5 * 60_000 });

/** A concept's preferred label in the reader's language (its id until the thesaurus is loaded). */
export function useConceptLabel(): (id: string) => string {
  const lang = useLanguage();
  const thesaurus = useThesaurus();
  const byId = new Map((thesaurus.data?.concepts ?? []).map((c) => [c.id, c.prefLabel[lang]]));
  return (id) => byId.get(id) ?? id;
}
