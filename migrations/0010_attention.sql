CREATE TABLE "member_attention" (
	"user_id" text PRIMARY KEY NOT NULL,
	"nudged_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "member_attention" ADD CONSTRAINT "member_attention_user_id_members_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."members"("user_id") ON DELETE cascade ON UPDATE no action;