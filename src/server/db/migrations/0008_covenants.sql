CREATE TABLE "covenant_adjustments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"covenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"from_score" double precision,
	"to_score" double precision NOT NULL,
	"reason" text NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "covenant_ballots" (
	"covenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"cast_by_user_id" uuid,
	"cast_at" timestamp with time zone NOT NULL,
	CONSTRAINT "covenant_ballots_covenant_id_unit_id_pk" PRIMARY KEY("covenant_id","unit_id"),
	CONSTRAINT "covenant_ballots_choice_chk" CHECK ("covenant_ballots"."choice" in ('agree', 'disagree', 'abstain'))
);
--> statement-breakpoint
CREATE TABLE "covenant_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"covenant_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"max_points" double precision NOT NULL,
	"evidence_required" boolean DEFAULT false NOT NULL,
	"indicator_id" uuid,
	CONSTRAINT "covenant_criteria_kind_chk" CHECK ("covenant_criteria"."kind" in ('group', 'criterion', 'bonus', 'penalty'))
);
--> statement-breakpoint
CREATE TABLE "covenant_score_items" (
	"unit_score_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"self_score" double precision,
	"evidence" text,
	"final_score" double precision,
	CONSTRAINT "covenant_score_items_unit_score_id_criterion_id_pk" PRIMARY KEY("unit_score_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "covenant_signatures" (
	"covenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"signed_by_user_id" uuid,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "covenant_signatures_covenant_id_unit_id_pk" PRIMARY KEY("covenant_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "covenant_unit_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"covenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "covenant_unit_scores_status_chk" CHECK ("covenant_unit_scores"."status" in ('draft', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "covenant_votes" (
	"covenant_id" uuid PRIMARY KEY NOT NULL,
	"candidate_unit_id" uuid NOT NULL,
	"threshold_percent" integer NOT NULL,
	"ballot" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"voters_total" integer NOT NULL,
	"agree" integer,
	"disagree" integer,
	"abstain" integer,
	"passed" boolean,
	"nomination_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "covenant_votes_ballot_chk" CHECK ("covenant_votes"."ballot" in ('secret', 'open')),
	CONSTRAINT "covenant_votes_status_chk" CHECK ("covenant_votes"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "covenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"scoring_deadline" date NOT NULL,
	"scoring_closed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "covenants_status_chk" CHECK ("covenants"."status" in ('draft', 'scoring', 'review', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "covenant_adjustments" ADD CONSTRAINT "covenant_adjustments_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_adjustments" ADD CONSTRAINT "covenant_adjustments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_adjustments" ADD CONSTRAINT "covenant_adjustments_criterion_id_covenant_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."covenant_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_adjustments" ADD CONSTRAINT "covenant_adjustments_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_ballots" ADD CONSTRAINT "covenant_ballots_covenant_id_covenant_votes_covenant_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenant_votes"("covenant_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_ballots" ADD CONSTRAINT "covenant_ballots_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_ballots" ADD CONSTRAINT "covenant_ballots_cast_by_user_id_users_id_fk" FOREIGN KEY ("cast_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_criteria" ADD CONSTRAINT "covenant_criteria_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_criteria" ADD CONSTRAINT "covenant_criteria_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_score_items" ADD CONSTRAINT "covenant_score_items_unit_score_id_covenant_unit_scores_id_fk" FOREIGN KEY ("unit_score_id") REFERENCES "public"."covenant_unit_scores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_score_items" ADD CONSTRAINT "covenant_score_items_criterion_id_covenant_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."covenant_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_signatures" ADD CONSTRAINT "covenant_signatures_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_signatures" ADD CONSTRAINT "covenant_signatures_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_signatures" ADD CONSTRAINT "covenant_signatures_signed_by_user_id_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_unit_scores" ADD CONSTRAINT "covenant_unit_scores_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_unit_scores" ADD CONSTRAINT "covenant_unit_scores_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_votes" ADD CONSTRAINT "covenant_votes_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_votes" ADD CONSTRAINT "covenant_votes_candidate_unit_id_org_units_id_fk" FOREIGN KEY ("candidate_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_group_id_emulation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."emulation_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "covenant_adjustments_unit_idx" ON "covenant_adjustments" USING btree ("covenant_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "covenant_criteria_code_key" ON "covenant_criteria" USING btree ("covenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "covenant_unit_scores_key" ON "covenant_unit_scores" USING btree ("covenant_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "covenants_group_key" ON "covenants" USING btree ("group_id");