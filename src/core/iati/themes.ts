// Theme concept → OECD DAC sector and Rio climate-mitigation significance. IATI needs a sector on
// every activity and the Rio markers are how funders count climate finance, so each theme we
// publish maps to exactly one DAC 5-digit code (one code per theme keeps the import reversible).
import type { DAC_SECTORS } from './codelists';

export type DacSector = keyof typeof DAC_SECTORS;
/** PolicySignificance: 1 significant objective, 2 principal objective. */
export type MitigationSignificance = 1 | 2;

export interface ThemeMapping {
  sector: DacSector;
  mitigation?: MitigationSignificance;
}

export const THEME_TO_IATI: Readonly<Record<string, ThemeMapping>> = {
  // A low-carbon zone is above all a policy and planning framework between governments.
  'low-carbon-urban-planning': { sector: '41010', mitigation: 2 },
  'eco-city': { sector: '43030', mitigation: 2 },
  'energy-efficiency': { sector: '23183', mitigation: 2 },
  'renewable-energy': { sector: '23210', mitigation: 2 },
  // Landfill methane makes waste work count for mitigation, but rarely as its main aim.
  'waste-management': { sector: '14050', mitigation: 1 },
  'environmental-education': { sector: '41081' },
};

export interface SectorShare {
  code: DacSector;
  percentage: number;
}

/** The DAC sectors of a set of themes with percentages that sum to exactly 100 (IATI rule 2.1.2):
 *  equal shares in whole percents, the rounding remainder on the first sector. */
export function sectorsForThemes(themes: readonly string[]): SectorShare[] {
  const codes = [...new Set(themes.flatMap((t) => THEME_TO_IATI[t]?.sector ?? []))];
  if (codes.length === 0) return [];
  const share = Math.floor(100 / codes.length);
  return codes.map((code, i) => ({ code, percentage: i === 0 ? 100 - share * (codes.length - 1) : share }));
}

/** The strongest mitigation significance among the themes, or undefined when none targets it. */
export function mitigationForThemes(themes: readonly string[]): MitigationSignificance | undefined {
  const levels = themes.flatMap((t) => THEME_TO_IATI[t]?.mitigation ?? []);
  return levels.length === 0 ? undefined : (Math.max(...levels) as MitigationSignificance);
}

/** The theme a DAC sector code was published for, if any. */
export function themeForSector(code: string): string | undefined {
  return Object.entries(THEME_TO_IATI).find(([, m]) => m.sector === code)?.[0];
}
