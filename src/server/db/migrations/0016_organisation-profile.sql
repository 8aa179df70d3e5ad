ALTER TABLE "organisations" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
CREATE INDEX "organisation_profiles_capabilities_idx" ON "organisation_profiles" USING gin ("capabilities");--> statement-breakpoint
CREATE INDEX "organisation_profiles_languages_idx" ON "organisation_profiles" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "organisations_unindexed_idx" ON "organisations" USING btree ("id") WHERE search_vector is null;--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree (lower("name"),"id");--> statement-breakpoint
CREATE INDEX "organisations_updated_idx" ON "organisations" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "organisations_country_idx" ON "organisations" USING btree ("country",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "organisations_type_idx" ON "organisations" USING btree ("type",lower("name"),"id");