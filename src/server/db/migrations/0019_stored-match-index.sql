CREATE TABLE "match_index_documents" (
	"chunk" integer PRIMARY KEY NOT NULL,
	"documents" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_index_postings" (
	"key" text PRIMARY KEY NOT NULL,
	"docs" text NOT NULL,
	"values" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_index_sources" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"ordinal" integer,
	"source_hash" text NOT NULL,
	"analysis_key" text NOT NULL,
	"analysis" jsonb
);
--> statement-breakpoint
ALTER TABLE "matching_statistics" ADD COLUMN "analysis_key" text;