ALTER TABLE "event_registrations" ADD COLUMN "feed_token_hash" text;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "feed_token_created_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "time_zone" text DEFAULT 'Europe/Amsterdam' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_feed_token_uq" ON "event_registrations" USING btree ("feed_token_hash");