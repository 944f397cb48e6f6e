CREATE TABLE "measures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"local_date" date NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"left_mm" smallint,
	"right_mm" smallint,
	CONSTRAINT "left_mm_range" CHECK ("measures"."left_mm" between 0 and 250),
	CONSTRAINT "right_mm_range" CHECK ("measures"."right_mm" between 0 and 250),
	CONSTRAINT "a_side_measured" CHECK ("measures"."left_mm" is not null or "measures"."right_mm" is not null)
);
--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "measures_user_id_local_date_index" ON "measures" USING btree ("user_id","local_date");