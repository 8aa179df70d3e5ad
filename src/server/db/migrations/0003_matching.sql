CREATE TABLE "import_batches" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"format" text NOT NULL,
	"content" "bytea" NOT NULL,
	"headers" text[] DEFAULT '{}' NOT NULL,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text DEFAULT 'analysing' NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"header_key" text PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"phase" text,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"match_id" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"note" text,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" text PRIMARY KEY NOT NULL,
	"opportunity_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"score" real NOT NULL,
	"rank" integer NOT NULL,
	"explanation" jsonb NOT NULL,
	"current" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'suggested' NOT NULL,
	"note" text,
	"status_changed_at" timestamp with time zone,
	"status_changed_by" text,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_profiles" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"capabilities" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"size" text,
	"references" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"people" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thesaurus_overrides" (
	"concept_id" text PRIMARY KEY NOT NULL,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"broader" text[],
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_profiles" ADD CONSTRAINT "organisation_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_pending_uq" ON "jobs" USING btree ("kind","target") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "jobs_state_idx" ON "jobs" USING btree ("state","id");--> statement-breakpoint
CREATE INDEX "match_events_match_idx" ON "match_events" USING btree ("match_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_pair_uq" ON "matches" USING btree ("opportunity_id","organisation_id");--> statement-breakpoint
CREATE INDEX "matches_opportunity_score_idx" ON "matches" USING btree ("opportunity_id","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "matches_organisation_score_idx" ON "matches" USING btree ("organisation_id","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "matches_status_idx" ON "matches" USING btree ("status");--> statement-breakpoint
-- Matching work is enqueued by the database itself, in the transaction of the change, whatever
-- wrote it (API, import, command line); at most one pending job per (kind, target).
CREATE FUNCTION "ctb_enqueue_opportunity_matching"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "jobs" ("kind", "target") VALUES ('match-opportunity', NEW."id")
    ON CONFLICT ("kind", "target") WHERE state = 'pending' DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "ctb_enqueue_all_matching"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "jobs" ("kind", "target") VALUES ('match-all', '')
    ON CONFLICT ("kind", "target") WHERE state = 'pending' DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "opportunities_enqueue_matching" AFTER INSERT OR UPDATE OF "title", "description", "region_id", "status" ON "opportunities"
  FOR EACH ROW EXECUTE FUNCTION "ctb_enqueue_opportunity_matching"();--> statement-breakpoint
CREATE TRIGGER "organisations_enqueue_matching" AFTER INSERT OR UPDATE OR DELETE ON "organisations"
  FOR EACH STATEMENT EXECUTE FUNCTION "ctb_enqueue_all_matching"();--> statement-breakpoint
CREATE TRIGGER "organisation_profiles_enqueue_matching" AFTER INSERT OR UPDATE OR DELETE ON "organisation_profiles"
  FOR EACH STATEMENT EXECUTE FUNCTION "ctb_enqueue_all_matching"();--> statement-breakpoint
CREATE TRIGGER "thesaurus_overrides_enqueue_matching" AFTER INSERT OR UPDATE OR DELETE ON "thesaurus_overrides"
  FOR EACH STATEMENT EXECUTE FUNCTION "ctb_enqueue_all_matching"();
