CREATE TABLE "award_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"award_code" text NOT NULL,
	"year" integer NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"issuer" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_records_one_subject" CHECK (("award_records"."person_id" is null) <> ("award_records"."unit_id" is null))
);
--> statement-breakpoint
CREATE TABLE "discipline_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discipline_periods_one_subject" CHECK (("discipline_periods"."person_id" is null) <> ("discipline_periods"."unit_id" is null))
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"recognised_by" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "yearly_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"year" integer NOT NULL,
	"rating" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "yearly_ratings_one_subject" CHECK (("yearly_ratings"."person_id" is null) <> ("yearly_ratings"."unit_id" is null))
);
--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_records" ADD CONSTRAINT "award_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_periods" ADD CONSTRAINT "discipline_periods_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_periods" ADD CONSTRAINT "discipline_periods_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_periods" ADD CONSTRAINT "discipline_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_ratings" ADD CONSTRAINT "yearly_ratings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_ratings" ADD CONSTRAINT "yearly_ratings_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_ratings" ADD CONSTRAINT "yearly_ratings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_records_person_idx" ON "award_records" USING btree ("person_id","year");--> statement-breakpoint
CREATE INDEX "award_records_unit_idx" ON "award_records" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "award_records_person_once_key" ON "award_records" USING btree ("person_id","award_code","year") WHERE "award_records"."person_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "award_records_unit_once_key" ON "award_records" USING btree ("unit_id","award_code","year") WHERE "award_records"."unit_id" is not null;--> statement-breakpoint
CREATE INDEX "discipline_periods_person_idx" ON "discipline_periods" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "discipline_periods_unit_idx" ON "discipline_periods" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "initiatives_person_idx" ON "initiatives" USING btree ("person_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "yearly_ratings_person_key" ON "yearly_ratings" USING btree ("person_id","year") WHERE "yearly_ratings"."person_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "yearly_ratings_unit_key" ON "yearly_ratings" USING btree ("unit_id","year") WHERE "yearly_ratings"."unit_id" is not null;