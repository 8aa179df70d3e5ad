CREATE TABLE "organisation_directory" (
	"id" text PRIMARY KEY NOT NULL,
	"name_key" text NOT NULL,
	"type" text NOT NULL,
	"country" text NOT NULL,
	"home_region_id" text,
	"visibility" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"description_keys" text[],
	"capabilities" text[] NOT NULL,
	"languages" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_directory" ADD CONSTRAINT "organisation_directory_id_organisations_id_fk" FOREIGN KEY ("id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "organisation_directory_name_idx" ON "organisation_directory" USING btree ("name_key","id");--> statement-breakpoint
CREATE INDEX "organisation_directory_updated_idx" ON "organisation_directory" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "organisation_directory_country_idx" ON "organisation_directory" USING btree ("country","name_key","id");--> statement-breakpoint
CREATE INDEX "organisation_directory_type_idx" ON "organisation_directory" USING btree ("type","name_key","id");--> statement-breakpoint
CREATE INDEX "organisation_directory_region_idx" ON "organisation_directory" USING btree ("home_region_id");--> statement-breakpoint
CREATE INDEX "organisation_directory_capabilities_idx" ON "organisation_directory" USING gin ("capabilities");--> statement-breakpoint
CREATE INDEX "organisation_directory_languages_idx" ON "organisation_directory" USING gin ("languages");--> statement-breakpoint
-- Hand-written (drizzle-kit does not generate functions or triggers; if this migration is ever
-- regenerated, append them again). The directory's listing row of one organisation, from the
-- organisation and its profile, inserted or replaced; the triggers below call it in the writing
-- transaction, so the listing can never lag behind a write (API, import, demo generator, restore,
-- raw SQL). An organisation that no longer exists has no row to write: its row went with it
-- (ON DELETE CASCADE).
CREATE FUNCTION "ctb_refresh_organisation_directory"(organisation text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "organisation_directory" AS d ("id", "name_key", "type", "country", "home_region_id", "visibility", "updated_at", "description_keys", "capabilities", "languages")
  SELECT o."id", lower(o."name"), o."type", o."country", o."home_region_id", o."visibility", o."updated_at",
    CASE WHEN o."description" IS NULL THEN NULL
         WHEN jsonb_typeof(o."description") = 'object' THEN ARRAY(SELECT jsonb_object_keys(o."description"))
         ELSE '{}'::text[] END,
    coalesce(p."capabilities", '{}'), coalesce(p."languages", '{}')
  FROM "organisations" o LEFT JOIN "organisation_profiles" p ON p."organisation_id" = o."id"
  WHERE o."id" = organisation
  ON CONFLICT ("id") DO UPDATE SET "name_key" = excluded."name_key", "type" = excluded."type", "country" = excluded."country",
    "home_region_id" = excluded."home_region_id", "visibility" = excluded."visibility", "updated_at" = excluded."updated_at",
    "description_keys" = excluded."description_keys", "capabilities" = excluded."capabilities", "languages" = excluded."languages";
$$;--> statement-breakpoint
CREATE FUNCTION "ctb_organisation_directory_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "ctb_refresh_organisation_directory"(NEW."id");
  RETURN NULL;
END $$;--> statement-breakpoint
-- A profile written, moved or deleted: its organisation's row takes (or loses) its capabilities and languages.
CREATE FUNCTION "ctb_organisation_profile_directory_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "ctb_refresh_organisation_directory"(OLD."organisation_id"); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM "ctb_refresh_organisation_directory"(NEW."organisation_id"); END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "organisations_directory" AFTER INSERT OR UPDATE ON "organisations"
  FOR EACH ROW EXECUTE FUNCTION "ctb_organisation_directory_changed"();--> statement-breakpoint
CREATE TRIGGER "organisation_profiles_directory" AFTER INSERT OR UPDATE OR DELETE ON "organisation_profiles"
  FOR EACH ROW EXECUTE FUNCTION "ctb_organisation_profile_directory_changed"();--> statement-breakpoint
-- The rows of the organisations that exist already.
SELECT "ctb_refresh_organisation_directory"("id") FROM "organisations";
