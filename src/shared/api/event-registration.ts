import { z } from 'zod';
import { AttendanceMode } from './events';

// Registration without an account: the organiser opens it with a shareable link (an unguessable
// token), optionally with a capacity (then a waitlist), approval and custom questions; delegates
// register from the public page and manage their registration from a private link sent by e-mail.

const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'use an ISO 639 language code such as en, nl or zh');
const QuestionId = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, - and _');

export const RegistrationQuestion = z.object({
  id: QuestionId,
  text: z.string().trim().min(1).max(500).describe('as the organiser writes it'),
  required: z.boolean().default(false),
});

export const PublicRegistrationSettings = z
  .object({
    open: z.boolean().describe('false: the link answers 404 and nobody can register with it'),
    capacity: z.number().int().min(1).max(100_000).nullable().default(null).describe('registered delegates at most; later ones join the waitlist'),
    approval: z.boolean().default(false).describe('the organiser approves each registration'),
    questions: z.array(RegistrationQuestion).max(20).default([]),
  })
  .meta({ id: 'PublicRegistrationSettings' });

export const PublicRegistrationLink = z
  .object({
    open: z.boolean(),
    token: z.string().nullable().describe('the shareable part of the link; a new one on every opening'),
    url: z.string().nullable(),
    capacity: z.number().int().nullable(),
    approval: z.boolean(),
    questions: z.array(z.object({ id: z.string(), text: z.string(), required: z.boolean() })),
  })
  .meta({ id: 'PublicRegistrationLink' });
export type PublicRegistrationLink = z.infer<typeof PublicRegistrationLink>;

export const PublicEvent = z
  .object({
    title: z.string(),
    description: z.string(),
    place: z.string().nullable(),
    timeZone: z.string(),
    languages: z.array(z.string()),
    slots: z.array(z.object({ id: z.string(), start: z.string(), end: z.string() })),
    questions: z.array(z.object({ id: z.string(), text: z.string(), required: z.boolean() })),
    full: z.boolean().describe('new registrations join the waitlist'),
    approval: z.boolean(),
  })
  .meta({ id: 'PublicEvent' });
export type PublicEvent = z.infer<typeof PublicEvent>;

export const publicStatuses = ['registered', 'pending-approval', 'waitlisted', 'cancelled'] as const;
export const PublicRegistrationStatus = z.enum(publicStatuses);

export const PublicRegistrationInput = z
  .object({
    delegateName: z.string().trim().min(1).max(200),
    delegateEmail: z.string().trim().toLowerCase().email().max(254),
    organisationName: z.string().trim().min(1).max(300).describe('an existing organisation of this name is reused'),
    country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. CN'),
    languages: z.array(LanguageCode).min(1).max(10),
    attendance: AttendanceMode.default('on-site'),
    profile: z.string().trim().max(2000).default(''),
    answers: z.record(QuestionId, z.string().trim().max(2000)).default({}),
    language: z.enum(['nl', 'en', 'zh']).default('en').describe('language of the confirmation e-mail'),
  })
  .meta({ id: 'PublicRegistrationInput' });

export const ManagedRegistrationUpdate = z
  .object({
    delegateName: z.string().trim().min(1).max(200),
    languages: z.array(LanguageCode).min(1).max(10),
    attendance: AttendanceMode,
    profile: z.string().trim().max(2000),
    blockedSlots: z.array(z.string().min(1).max(50)).max(500),
    answers: z.record(QuestionId, z.string().trim().max(2000)),
    remindersOptOut: z.boolean().describe('no reminder e-mails'),
  })
  .partial()
  .meta({ id: 'ManagedRegistrationUpdate' });

export const ManagedRegistration = z
  .object({
    registrationId: z.string(),
    eventTitle: z.string(),
    timeZone: z.string(),
    slots: z.array(z.object({ id: z.string(), start: z.string(), end: z.string() })),
    questions: z.array(z.object({ id: z.string(), text: z.string(), required: z.boolean() })),
    delegateName: z.string(),
    organisationName: z.string(),
    languages: z.array(z.string()),
    attendance: AttendanceMode,
    profile: z.string(),
    blockedSlots: z.array(z.string()),
    answers: z.record(z.string(), z.string()),
    remindersOptOut: z.boolean(),
    status: PublicRegistrationStatus,
    waitlistPosition: z.number().int().nullable().describe('1 = next to be promoted'),
  })
  .meta({ id: 'ManagedRegistration' });
export type ManagedRegistration = z.infer<typeof ManagedRegistration>;
