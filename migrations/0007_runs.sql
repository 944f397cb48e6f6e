CREATE TABLE "run_check_ins" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"run_id" bigint NOT NULL,
	"local_date" date NOT NULL,
	"answer" text NOT NULL,
	"pain_report_id" bigint,
	"answered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"slot" smallint NOT NULL,
	"kind" text NOT NULL,
	"days" smallint[],
	"local_date" date,
	"minutes" smallint NOT NULL,
	"terrain" text NOT NULL,
	"warmup_minutes" smallint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "runs_minutes_range" CHECK ("runs"."minutes" between 0 and 1439),
	CONSTRAINT "runs_warmup_range" CHECK ("runs"."warmup_minutes" between 5 and 60)
);
--> statement-breakpoint
ALTER TABLE "run_check_ins" ADD CONSTRAINT "run_check_ins_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_check_ins" ADD CONSTRAINT "run_check_ins_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_check_ins" ADD CONSTRAINT "run_check_ins_pain_report_id_pain_reports_id_fk" FOREIGN KEY ("pain_report_id") REFERENCES "public"."pain_reports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "run_check_ins_run_id_local_date_index" ON "run_check_ins" USING btree ("run_id","local_date");--> statement-breakpoint
CREATE INDEX "run_check_ins_user_id_local_date_index" ON "run_check_ins" USING btree ("user_id","local_date");--> statement-breakpoint
CREATE UNIQUE INDEX "runs_user_id_slot_index" ON "runs" USING btree ("user_id","slot");