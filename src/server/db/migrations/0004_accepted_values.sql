CREATE TABLE "accepted_report_values" (
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"num_value" double precision,
	"text_value" text,
	CONSTRAINT "accepted_report_values_report_id_indicator_id_pk" PRIMARY KEY("report_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "accepted_report_values" ADD CONSTRAINT "accepted_report_values_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accepted_report_values" ADD CONSTRAINT "accepted_report_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;