CREATE TABLE "local_awards" (
	"code" text PRIMARY KEY NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"nominee" jsonb NOT NULL,
	"level" text NOT NULL,
	"category" text NOT NULL,
	"cash_multiple" double precision,
	"legal_basis" text NOT NULL,
	"authority" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"criteria" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_awards_kind_chk" CHECK ("local_awards"."kind" in ('title', 'form')),
	CONSTRAINT "local_awards_level_chk" CHECK ("local_awards"."level" in ('grassroots', 'province')),
	CONSTRAINT "local_awards_validity_chk" CHECK ("local_awards"."valid_to" is null or "local_awards"."valid_to" >= "local_awards"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "local_awards" ADD CONSTRAINT "local_awards_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "local_awards_owner_idx" ON "local_awards" USING btree ("owner_unit_id");