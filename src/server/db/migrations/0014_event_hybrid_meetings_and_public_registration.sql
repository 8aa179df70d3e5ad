ALTER TABLE "event_meetings" ADD COLUMN "video_url" text;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "attendance" text DEFAULT 'on-site' NOT NULL;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "manage_token_hash" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "public_token" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "registration_capacity" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "registration_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "registration_questions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "skip_pairs_met_before" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD COLUMN "online" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_manage_token_uq" ON "event_registrations" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "events_public_token_uq" ON "events" USING btree ("public_token");