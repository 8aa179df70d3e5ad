ALTER TABLE "event_meetings" ADD COLUMN "video_url" text;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD COLUMN "attendance" text DEFAULT 'on-site' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "skip_pairs_met_before" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD COLUMN "online" boolean DEFAULT false NOT NULL;