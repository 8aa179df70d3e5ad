import { z } from 'zod';

// The organiser's time × table grid: swapping two meetings by hand, and the "what if" report of
// how many more meetings one more interpreter, table or slot would give.

export const MeetingSwap = z.object({ with: z.string().min(1).max(100).describe('the request id of the other scheduled meeting') }).meta({ id: 'MeetingSwap' });

export const WhatIfInput = z
  .object({
    timeLimitSeconds: z
      .number()
      .min(5)
      .max(120)
      .default(20)
      .describe('for the whole report: shared among the runs of the scheduler (the current event and each added resource)'),
  })
  .meta({ id: 'WhatIfInput' });

/** The scheduler's answer for one instance: meetings found and the proven bound on their number. */
const WhatIfRun = z.object({
  meetings: z.number().int().describe('meetings the scheduler placed'),
  possible: z.number().int().describe('proven upper bound on the number of meetings'),
});

export const WhatIfOption = WhatIfRun.extend({
  resource: z.enum(['interpreter', 'table', 'slot']),
  pair: z.string().nullable().describe('the language pair of an added interpreter ("en-zh"); null for a table or a slot'),
  gainAtLeast: z.number().int().describe('more meetings than now, at least (proven)'),
  gainAtMost: z.number().int().describe('more meetings than now, at most (proven); equal to gainAtLeast when exact'),
  exact: z.boolean().describe('false: the time limit ended before both optima were proven, and the gain is a range'),
});

export const WhatIfReport = z
  .object({
    requests: z.number().int().describe('accepted requests the scheduler may place'),
    current: WhatIfRun,
    options: z.array(WhatIfOption),
    pairsLeftOut: z.number().int().describe('language pairs not tried (only the pairs most in demand are)'),
    secondsPerRun: z.number(),
    elapsedMs: z.number(),
  })
  .meta({ id: 'WhatIfReport' });
export type WhatIfReport = z.infer<typeof WhatIfReport>;
