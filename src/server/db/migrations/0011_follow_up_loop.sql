CREATE TABLE "digest_deliveries" (
	"user_id" text NOT NULL,
	"day" date NOT NULL,
	"tasks" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_deliveries_user_id_day_pk" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
CREATE TABLE "expressions_of_interest" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"match_id" text NOT NULL,
	"opportunity_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"message" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_settings" (
	"user_id" text PRIMARY KEY NOT NULL,
	"opportunity_alerts" boolean DEFAULT false NOT NULL,
	"daily_digest" boolean DEFAULT true NOT NULL,
	"feed_token_hash" text,
	"feed_token_created_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follow_up_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"assignee_id" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text NOT NULL,
	"source_parent_id" text,
	"source_label" text DEFAULT '' NOT NULL,
	"organisation_id" text,
	"region_id" text,
	"created_by" text NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction_attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"interaction_id" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organisation_id" text,
	"opportunity_id" text,
	"match_id" text,
	"event_id" text,
	"project_id" text,
	"region_id" text,
	"created_by" text NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_outcomes" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"match_id" text,
	"request_id" text,
	"project_id" text,
	"organisation_id" text,
	"region_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_feedback" (
	"event_id" text NOT NULL,
	"request_id" text NOT NULL,
	"registration_id" text NOT NULL,
	"answer" text NOT NULL,
	"note" text,
	"match_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_feedback_request_id_registration_id_pk" PRIMARY KEY("request_id","registration_id")
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "stage" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "expires_on" date;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "expiry_reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "partner_organisation_id" text;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "expressions_of_interest_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "expressions_of_interest_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expressions_of_interest" ADD CONSTRAINT "expressions_of_interest_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_settings" ADD CONSTRAINT "follow_up_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction_attachments" ADD CONSTRAINT "interaction_attachments_interaction_id_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."interactions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_outcomes" ADD CONSTRAINT "lead_outcomes_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_outcomes" ADD CONSTRAINT "lead_outcomes_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_outcomes" ADD CONSTRAINT "lead_outcomes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_outcomes" ADD CONSTRAINT "lead_outcomes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_feedback" ADD CONSTRAINT "meeting_feedback_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_feedback" ADD CONSTRAINT "meeting_feedback_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_feedback" ADD CONSTRAINT "meeting_feedback_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_feedback" ADD CONSTRAINT "meeting_feedback_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expressions_of_interest_opportunity_idx" ON "expressions_of_interest" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "expressions_of_interest_created_idx" ON "expressions_of_interest" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_settings_feed_uq" ON "follow_up_settings" USING btree ("feed_token_hash");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_assignee_idx" ON "follow_up_tasks" USING btree ("assignee_id","status","due_on");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_organisation_idx" ON "follow_up_tasks" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_source_idx" ON "follow_up_tasks" USING btree ("source_kind","source_id");--> statement-breakpoint
CREATE INDEX "interaction_attachments_interaction_idx" ON "interaction_attachments" USING btree ("interaction_id");--> statement-breakpoint
CREATE INDEX "interactions_organisation_idx" ON "interactions" USING btree ("organisation_id","occurred_on");--> statement-breakpoint
CREATE INDEX "interactions_opportunity_idx" ON "interactions" USING btree ("opportunity_id");--> statement-breakpoint
CREATE INDEX "interactions_match_idx" ON "interactions" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "interactions_event_idx" ON "interactions" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "interactions_project_idx" ON "interactions" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "interactions_region_idx" ON "interactions" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "lead_outcomes_project_idx" ON "lead_outcomes" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "lead_outcomes_match_idx" ON "lead_outcomes" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "meeting_feedback_event_idx" ON "meeting_feedback" USING btree ("event_id");--> statement-breakpoint
-- hand-written: begin
-- Opportunities that existed before the lifecycle were published when they were created.
UPDATE "opportunities" SET "published_at" = "created_at" WHERE "published_at" IS NULL;
-- hand-written: end
