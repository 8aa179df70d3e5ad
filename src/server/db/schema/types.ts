import { customType, timestamp } from 'drizzle-orm/pg-core';

/** PostgreSQL text-search vector; written by repositories with to_tsvector(), never read. */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

/** Binary content (uploaded files); node-postgres and PGlite both hand back a Buffer or Uint8Array. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
