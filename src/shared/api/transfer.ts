import { z } from 'zod';
import { OpportunityInput } from './opportunities';
import { RegionInput } from './regions';
import { TwinningInput } from './twinnings';

/** The whole database as one JSON document: `ctb export --format json`, `ctb import`, backups. */
export const DatabaseExport = z.object({
  format: z.literal('cleantech-bridge'),
  version: z.literal(1),
  exportedAt: z.string(),
  regions: z.array(RegionInput),
  twinnings: z.array(TwinningInput.required({ id: true })),
  opportunities: z.array(OpportunityInput.required({ id: true })),
});
export type DatabaseExport = z.infer<typeof DatabaseExport>;
export type DatabaseExportInput = z.input<typeof DatabaseExport>;

export const ImportSummary = z.object({
  regions: z.object({ created: z.number().int(), updated: z.number().int() }),
  twinnings: z.object({ created: z.number().int(), updated: z.number().int() }),
  opportunities: z.object({ created: z.number().int(), updated: z.number().int() }),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
