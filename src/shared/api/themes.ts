import { z } from 'zod';

/**
 * The programme's themes. Labels live in the web's i18n files; the codes are stable
 * because opportunities, projects and the thesaurus refer to them.
 */
export const themes = [
  'water',
  'air',
  'soil',
  'waste',
  'energy',
  'hydrogen',
  'energy-efficiency',
  'monitoring',
  'mobility',
  'materials-circular',
  'construction',
  'agriculture',
  'prevention',
  'low-carbon-city',
] as const;
export const Theme = z.enum(themes);
export type Theme = z.infer<typeof Theme>;

/** Industry contexts that opportunities name (pharma, coke, cotton…); open-ended. */
export const industries = [
  'pharma',
  'petrochemicals',
  'chemicals',
  'textiles',
  'film-material',
  'coke',
  'coal-chemicals',
  'coal',
  'aluminium',
  'automotive',
  'electric-vehicles',
  'electronics',
  'aerospace',
  'agriculture',
  'food-processing',
  'livestock',
  'construction-materials',
  'ceramics',
  'furniture',
  'energy',
  'oil-gas',
  'manufacturing',
] as const;
export const Industry = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9-]+$/);
