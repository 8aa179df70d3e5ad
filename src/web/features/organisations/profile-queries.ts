import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ThesaurusList } from '../../../shared/api/index';
import { useLanguage } from '../../i18n/index';
import { api } from '../../lib/api-client';

export const useThesaurus = () =>
  useQuery({ queryKey: ['thesaurus'], queryFn: () => api.get<z.output<typeof ThesaurusList>>('/thesaurus'), staleTime: 5 * 60_000 });

/** A concept's preferred label in the reader's language (its id until the thesaurus is loaded). */
export function useConceptLabel(): (id: string) => string {
  const lang = useLanguage();
  const thesaurus = useThesaurus();
  const byId = new Map((thesaurus.data?.concepts ?? []).map((c) => [c.id, c.prefLabel[lang]]));
  return (id) => byId.get(id) ?? id;
}
