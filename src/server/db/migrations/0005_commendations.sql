CREATE TABLE "award_quotas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"award_code" text NOT NULL,
	"max_count" integer NOT NULL,
	CONSTRAINT "award_quotas_key" UNIQUE("unit_id","year","award_code")
);
--> statement-breakpoint
CREATE TABLE "certificate_layouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"page_width_mm" integer NOT NULL,
	"page_height_mm" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" uuid,
	"full_name" text NOT NULL,
	"position" text,
	"role" text NOT NULL,
	"home_unit_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"status" text NOT NULL,
	"members_total" integer,
	"members_present" integer,
	"opened_at" timestamp with time zone,
	"opened_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_thresholds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"award_code" text NOT NULL,
	"percent" integer NOT NULL,
	"denominator" text NOT NULL,
	"ballot" text NOT NULL,
	CONSTRAINT "council_thresholds_award_key" UNIQUE("council_id","award_code")
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"quorum_numerator" integer DEFAULT 2 NOT NULL,
	"quorum_denominator" integer DEFAULT 3 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_awardees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"nomination_id" uuid,
	"person_id" uuid,
	"unit_id" uuid,
	"name" text NOT NULL,
	"nominee_position" text,
	"unit_name" text,
	"award_code" text NOT NULL,
	"achievement" text,
	"cash_multiple" double precision,
	"amount" integer,
	"award_record_id" uuid,
	CONSTRAINT "decision_awardees_one_subject" CHECK (("decision_awardees"."person_id" is null) <> ("decision_awardees"."unit_id" is null))
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"document_id" uuid,
	"number_text" text,
	"issued_on" date,
	"issuer" text,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"base_salary" integer,
	"session_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"entry_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"decision_id" uuid,
	"awardee_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nomination_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"nomination_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "nomination_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"content_type" text NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_files_content_key" UNIQUE("nomination_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposing_unit_id" uuid NOT NULL,
	"reviewing_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"award_code" text NOT NULL,
	"award_kind" text DEFAULT 'regular' NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"nominee_name" text NOT NULL,
	"nominee_position" text,
	"nominee_unit_name" text,
	"proposed_on" date NOT NULL,
	"members" jsonb,
	"report_summary" text DEFAULT '' NOT NULL,
	"report_achievements" text DEFAULT '' NOT NULL,
	"report_prior_awards" text DEFAULT '' NOT NULL,
	"eligibility" jsonb,
	"eligibility_status" text,
	"justification" text,
	"status" text NOT NULL,
	"outcome_award_code" text,
	"outcome_note" text,
	"forwarded_from_id" uuid,
	"source_report_id" uuid,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_one_subject" CHECK (("nominations"."person_id" is null) <> ("nominations"."unit_id" is null))
);
--> statement-breakpoint
CREATE TABLE "session_attendance" (
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"note" text,
	CONSTRAINT "session_attendance_session_id_member_id_pk" PRIMARY KEY("session_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "session_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"ballot" text NOT NULL,
	"threshold_percent" integer NOT NULL,
	"denominator" text NOT NULL,
	"conflict_member_ids" jsonb NOT NULL,
	"agree" integer,
	"disagree" integer,
	"abstain" integer,
	"counted_of" integer,
	"passed" boolean,
	CONSTRAINT "session_items_nomination_key" UNIQUE("session_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"written" boolean DEFAULT false NOT NULL,
	"cast_by" uuid,
	"cast_at" timestamp with time zone NOT NULL,
	CONSTRAINT "votes_member_key" UNIQUE("item_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "award_quotas" ADD CONSTRAINT "award_quotas_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_layouts" ADD CONSTRAINT "certificate_layouts_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_home_unit_id_org_units_id_fk" FOREIGN KEY ("home_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_thresholds" ADD CONSTRAINT "council_thresholds_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_awardees" ADD CONSTRAINT "decision_awardees_award_record_id_award_records_id_fk" FOREIGN KEY ("award_record_id") REFERENCES "public"."award_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_awardee_id_decision_awardees_id_fk" FOREIGN KEY ("awardee_id") REFERENCES "public"."decision_awardees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_files" ADD CONSTRAINT "nomination_files_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_files" ADD CONSTRAINT "nomination_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_proposing_unit_id_org_units_id_fk" FOREIGN KEY ("proposing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_reviewing_unit_id_org_units_id_fk" FOREIGN KEY ("reviewing_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_source_report_id_reports_id_fk" FOREIGN KEY ("source_report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_items" ADD CONSTRAINT "session_items_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_items" ADD CONSTRAINT "session_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_item_id_session_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."session_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_cast_by_users_id_fk" FOREIGN KEY ("cast_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_members_council_idx" ON "council_members" USING btree ("council_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_user_key" ON "council_members" USING btree ("council_id","user_id") WHERE "council_members"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "council_sessions_council_idx" ON "council_sessions" USING btree ("council_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "councils_unit_key" ON "councils" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "decision_awardees_decision_idx" ON "decision_awardees" USING btree ("decision_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_awardees_nomination_key" ON "decision_awardees" USING btree ("nomination_id") WHERE "decision_awardees"."nomination_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_document_key" ON "decisions" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "decisions_unit_idx" ON "decisions" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "fund_entries_unit_idx" ON "fund_entries" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_entries_awardee_key" ON "fund_entries" USING btree ("awardee_id") WHERE "fund_entries"."awardee_id" is not null;--> statement-breakpoint
CREATE INDEX "nomination_events_nomination_idx" ON "nomination_events" USING btree ("nomination_id","id");--> statement-breakpoint
CREATE INDEX "nominations_proposing_idx" ON "nominations" USING btree ("proposing_unit_id","year");--> statement-breakpoint
CREATE INDEX "nominations_reviewing_idx" ON "nominations" USING btree ("reviewing_unit_id","year","status");--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_person_once_key" ON "nominations" USING btree ("person_id","award_code","year","reviewing_unit_id") WHERE "nominations"."person_id" is not null and "nominations"."status" <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_unit_once_key" ON "nominations" USING btree ("unit_id","award_code","year","reviewing_unit_id") WHERE "nominations"."unit_id" is not null and "nominations"."status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "session_items_nomination_idx" ON "session_items" USING btree ("nomination_id");