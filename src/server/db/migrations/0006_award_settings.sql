CREATE TABLE "award_settings" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"cstdcs_percent_of_ldtt" integer,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "award_settings" ADD CONSTRAINT "award_settings_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;