CREATE TABLE "project_document_files" (
	"project_id" text NOT NULL,
	"document_id" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_document_files_project_id_document_id_pk" PRIMARY KEY("project_id","document_id")
);
--> statement-breakpoint
ALTER TABLE "project_document_files" ADD CONSTRAINT "project_document_files_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;