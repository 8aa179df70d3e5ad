ALTER TABLE "matches" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "next_action_on" date;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matches_owner_idx" ON "matches" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "matches_next_action_idx" ON "matches" USING btree ("next_action_on");