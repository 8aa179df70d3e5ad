ALTER TABLE "import_batches" ADD COLUMN "mapping_reused" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "sealed_secret" text;--> statement-breakpoint
-- hand-written: begin
-- Links written before the secrets were sealed: redact them (a pending one is asked for again).
UPDATE "outbox" SET "text" = regexp_replace("text", 'token=[A-Za-z0-9_-]+', 'token=[redacted]', 'g') WHERE "text" ~ 'token=[A-Za-z0-9_-]';
-- hand-written: end
