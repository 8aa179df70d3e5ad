import { z } from 'zod';

export const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

export const IdParams = z.object({ id: z.string().min(1).max(100) });

export const Timestamps = {
  createdAt: z.string().describe('ISO 8601'),
  updatedAt: z.string().describe('ISO 8601'),
};

export const PageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  order: z.enum(['asc', 'desc']).default('asc'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Every error response has this shape; `issues` names each bad field for 400s. */
export const ApiError = z
  .object({
    error: z.string().describe('machine-readable code, see errors.ts'),
    message: z.string(),
    code: z.string().optional().describe('the same stable code as `error`, for clients that read `code`'),
    params: z.record(z.string(), z.unknown()).optional().describe('what the message is built from: field, limit, allowed values, role'),
    issues: z
      .array(
        z.object({
          path: z.string(),
          message: z.string().describe('English, for API clients'),
          code: z.string().optional().describe('required, too_short, too_long, invalid_enum, invalid_format, unknown_reference… (see errors.ts)'),
          params: z.record(z.string(), z.unknown()).optional().describe('minimum, maximum, allowed, format, value…'),
        }),
      )
      .optional(),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof ApiError>;
