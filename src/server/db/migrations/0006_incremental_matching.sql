CREATE TABLE "matching_statistics" (
	"id" text PRIMARY KEY NOT NULL,
	"statistics" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunity_match_norms" (
	"opportunity_id" text PRIMARY KEY NOT NULL,
	"lexical_max" real NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunity_match_norms" ADD CONSTRAINT "opportunity_match_norms_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Hand-written (drizzle-kit does not generate triggers; if this migration is ever regenerated,
-- append them again). The trigger's argument names the organisation id column. An organisation or profile change enqueues the matching of that
-- organisation only (match-organisation:<id>), coalesced by the partial unique index on
-- pending jobs; the thesaurus still enqueues match-all. Deleting an organisation needs no job:
-- its matches go with it (on delete cascade).
CREATE FUNCTION "ctb_enqueue_organisation_matching"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "jobs" ("kind", "target")
    VALUES ('match-organisation', to_jsonb(NEW) ->> TG_ARGV[0])
    ON CONFLICT ("kind", "target") WHERE state = 'pending' DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER "organisations_enqueue_matching" ON "organisations";--> statement-breakpoint
DROP TRIGGER "organisation_profiles_enqueue_matching" ON "organisation_profiles";--> statement-breakpoint
CREATE TRIGGER "organisations_enqueue_matching" AFTER INSERT OR UPDATE OF "name", "description", "home_region_id" ON "organisations"
  FOR EACH ROW EXECUTE FUNCTION "ctb_enqueue_organisation_matching"('id');--> statement-breakpoint
CREATE TRIGGER "organisation_profiles_enqueue_matching" AFTER INSERT OR UPDATE OF "capabilities", "sectors" ON "organisation_profiles"
  FOR EACH ROW EXECUTE FUNCTION "ctb_enqueue_organisation_matching"('organisation_id');
