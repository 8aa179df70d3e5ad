import { z } from 'zod';
import { Registration } from './events';

// Check-in at the desk: by the code printed on the badge (and carried by its QR code), or a
// walk-in registered and checked in in one step.

export const CheckInCodeInput = z
  .object({ code: z.string().trim().min(1).max(40).describe('the code under the QR code of the badge (case, spaces and dashes do not matter)') })
  .meta({ id: 'CheckInCodeInput' });

const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'use an ISO 639 language code such as en, nl or zh');

export const WalkInInput = z
  .object({
    delegateName: z.string().trim().min(1).max(200),
    delegateEmail: z.string().trim().toLowerCase().email().max(254),
    organisationId: z.string().trim().min(1).max(100).optional().describe('an existing organisation; or give organisationName'),
    organisationName: z.string().trim().min(1).max(300).optional().describe('a new organisation (an existing one of this name is reused)'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. CN')
      .optional()
      .describe('of a new organisation; default: the country of the event’s time zone'),
    languages: z.array(LanguageCode).min(1).max(10).optional().describe('default: the first language of the event'),
  })
  .refine((w) => (w.organisationId === undefined) !== (w.organisationName === undefined), {
    message: 'give either organisationId or organisationName',
    path: ['organisationId'],
  })
  .meta({ id: 'WalkInInput' });

export const CheckInResult = z
  .object({
    registration: Registration,
    alreadyCheckedIn: z.boolean().describe('true: the delegate had checked in before (the first time is kept)'),
  })
  .meta({ id: 'CheckInResult' });
export type CheckInResult = z.infer<typeof CheckInResult>;
