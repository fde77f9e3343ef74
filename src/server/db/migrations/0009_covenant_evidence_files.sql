CREATE TABLE "covenant_score_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"covenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"content_type" text NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "covenant_score_files_content_key" UNIQUE("covenant_id","unit_id","criterion_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "covenant_score_files" ADD CONSTRAINT "covenant_score_files_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_score_files" ADD CONSTRAINT "covenant_score_files_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_score_files" ADD CONSTRAINT "covenant_score_files_criterion_id_covenant_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."covenant_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_score_files" ADD CONSTRAINT "covenant_score_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;