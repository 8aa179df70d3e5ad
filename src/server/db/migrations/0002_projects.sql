CREATE TABLE "project_activities" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"phase_id" text NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"date" jsonb NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"recurring" boolean NOT NULL,
	"tentative" boolean NOT NULL,
	"status" text NOT NULL,
	"place" jsonb,
	"organisation_ids" text[] NOT NULL,
	"person_ids" text[] NOT NULL,
	"programme" jsonb,
	CONSTRAINT "project_activities_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_budget_lines" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"label" jsonb,
	"amount" numeric NOT NULL,
	"currency" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"status" text NOT NULL,
	CONSTRAINT "project_budget_lines_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_deliverables" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"activity_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"due" jsonb NOT NULL,
	"due_by" date,
	"owner_organisation_id" text,
	"status" text NOT NULL,
	"evidence" jsonb NOT NULL,
	CONSTRAINT "project_deliverables_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_indicators" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"result_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"measure" text NOT NULL,
	"ascending" boolean NOT NULL,
	"baseline" jsonb,
	"periods" jsonb NOT NULL,
	CONSTRAINT "project_indicators_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_participations" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"organisation_id" text NOT NULL,
	"role" integer NOT NULL,
	CONSTRAINT "project_participations_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_phases" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"phase_order" integer NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"dates" jsonb,
	"gate_status" text NOT NULL,
	"gate_decision_activity_id" text,
	"gate_decided_by" text,
	"gate_decided_at" date,
	"gate_rationale" jsonb,
	CONSTRAINT "project_phases_project_id_id_pk" PRIMARY KEY("project_id","id"),
	CONSTRAINT "project_phases_order_key" UNIQUE("project_id","phase_order")
);
--> statement-breakpoint
CREATE TABLE "project_results" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	CONSTRAINT "project_results_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
CREATE TABLE "project_transactions" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"amount" numeric NOT NULL,
	"currency" text NOT NULL,
	"rate_from" text,
	"rate_to" text,
	"rate" double precision,
	"rate_date" date,
	"description" jsonb,
	"provider_organisation_id" text,
	"receiver_organisation_id" text,
	CONSTRAINT "project_transactions_project_id_id_pk" PRIMARY KEY("project_id","id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"iati_identifier" text NOT NULL,
	"reporting_org" jsonb,
	"title" jsonb NOT NULL,
	"purpose" jsonb NOT NULL,
	"location" jsonb,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" integer NOT NULL,
	"closure" jsonb,
	"dates" jsonb NOT NULL,
	"currency" text NOT NULL,
	"organisations" jsonb NOT NULL,
	"people" jsonb NOT NULL,
	"bodies" jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"agreements" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_iati_identifier_key" UNIQUE("iati_identifier")
);
--> statement-breakpoint
ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_activities" ADD CONSTRAINT "project_activities_phase_fk" FOREIGN KEY ("project_id","phase_id") REFERENCES "public"."project_phases"("project_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budget_lines" ADD CONSTRAINT "project_budget_lines_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_deliverables" ADD CONSTRAINT "project_deliverables_activity_fk" FOREIGN KEY ("project_id","activity_id") REFERENCES "public"."project_activities"("project_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_result_fk" FOREIGN KEY ("project_id","result_id") REFERENCES "public"."project_results"("project_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_participations" ADD CONSTRAINT "project_participations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_phases" ADD CONSTRAINT "project_phases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_results" ADD CONSTRAINT "project_results_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transactions" ADD CONSTRAINT "project_transactions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_deliverables_due_idx" ON "project_deliverables" USING btree ("due_by");--> statement-breakpoint
CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");