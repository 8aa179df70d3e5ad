CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" text PRIMARY KEY NOT NULL,
	"region_id" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"original_lang" text NOT NULL,
	"themes" text[] NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"source" text,
	"search_vector" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" text PRIMARY KEY NOT NULL,
	"side" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" text,
	"country" text NOT NULL,
	"name" jsonb NOT NULL,
	"capital" jsonb,
	"description" jsonb,
	"population" bigint,
	"population_qualifier" text DEFAULT 'approx' NOT NULL,
	"area_km2" double precision,
	"figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"facts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"industries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "twinnings" (
	"id" text PRIMARY KEY NOT NULL,
	"home_region_id" text NOT NULL,
	"partner_region_id" text NOT NULL,
	"since" integer,
	"note" jsonb,
	"offices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "twinnings" ADD CONSTRAINT "twinnings_home_region_id_regions_id_fk" FOREIGN KEY ("home_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "twinnings" ADD CONSTRAINT "twinnings_partner_region_id_regions_id_fk" FOREIGN KEY ("partner_region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_region_idx" ON "opportunities" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "opportunities_themes_idx" ON "opportunities" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "opportunities_search_idx" ON "opportunities" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "twinnings_pair_uq" ON "twinnings" USING btree ("home_region_id","partner_region_id");--> statement-breakpoint
CREATE INDEX "twinnings_partner_idx" ON "twinnings" USING btree ("partner_region_id");