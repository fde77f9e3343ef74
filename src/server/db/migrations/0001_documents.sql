CREATE TABLE "assignment_units" (
	"assignment_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "assignment_units_assignment_id_unit_id_pk" PRIMARY KEY("assignment_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"lock_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"content_type" text NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_files_content_key" UNIQUE("document_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "document_recipients" (
	"document_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"via_group_id" uuid,
	"delivered_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"received_by" uuid,
	CONSTRAINT "document_recipients_document_id_unit_id_pk" PRIMARY KEY("document_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "document_references" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number_text" text NOT NULL,
	"number_key" text NOT NULL,
	"date" date,
	"kind" text,
	"issuer" text,
	"resolved_document_id" uuid,
	CONSTRAINT "document_references_position_key" UNIQUE("document_id","position")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"direction" text NOT NULL,
	"doc_type" text NOT NULL,
	"status" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"drafting_unit_id" uuid,
	"parent_issuer" text,
	"issuer_name" text,
	"number" integer,
	"number_text" text,
	"symbol" text,
	"number_key" text,
	"place" text,
	"issued_on" date,
	"year" integer,
	"subject" text,
	"recipients" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"signer" jsonb,
	"distribution" jsonb NOT NULL,
	"received_on" date,
	"parsed" jsonb,
	"problems" jsonb,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"issued_by" uuid,
	"issued_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_registers" (
	"issuer_unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "number_registers_issuer_unit_id_year_pk" PRIMARY KEY("issuer_unit_id","year")
);
--> statement-breakpoint
ALTER TABLE "assignment_units" ADD CONSTRAINT "assignment_units_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_units" ADD CONSTRAINT "assignment_units_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_recipients" ADD CONSTRAINT "document_recipients_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_recipients" ADD CONSTRAINT "document_recipients_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_recipients" ADD CONSTRAINT "document_recipients_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_references" ADD CONSTRAINT "document_references_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_references" ADD CONSTRAINT "document_references_resolved_document_id_documents_id_fk" FOREIGN KEY ("resolved_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_drafting_unit_id_org_units_id_fk" FOREIGN KEY ("drafting_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_registers" ADD CONSTRAINT "number_registers_issuer_unit_id_org_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_units_unit_idx" ON "assignment_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "assignments_document_idx" ON "assignments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "document_recipients_unit_idx" ON "document_recipients" USING btree ("unit_id","received_at");--> statement-breakpoint
CREATE INDEX "document_references_number_key_idx" ON "document_references" USING btree ("number_key");--> statement-breakpoint
CREATE INDEX "document_references_resolved_idx" ON "document_references" USING btree ("resolved_document_id");--> statement-breakpoint
CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_unit_id","year");--> statement-breakpoint
CREATE INDEX "documents_number_key_idx" ON "documents" USING btree ("number_key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_outgoing_number_key" ON "documents" USING btree ("owner_unit_id","year","number") WHERE "documents"."direction" = 'outgoing';--> statement-breakpoint
CREATE UNIQUE INDEX "documents_incoming_once_key" ON "documents" USING btree ("owner_unit_id","number_key","issued_on") WHERE "documents"."direction" = 'incoming';