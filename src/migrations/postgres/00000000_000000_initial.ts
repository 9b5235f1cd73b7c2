import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_articles_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_events_district" AS ENUM('shinan', 'shibei', 'licang', 'laoshan', 'huangdao', 'chengyang', 'jimo', 'jiaozhou', 'pingdu', 'laixi', 'outside-qingdao');
  CREATE TYPE "public"."enum_events_type" AS ENUM('international-conference', 'forum', 'annual-meeting', 'sub-session', 'competition', 'campaign', 'training');
  CREATE TYPE "public"."enum_events_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_district" AS ENUM('shinan', 'shibei', 'licang', 'laoshan', 'huangdao', 'chengyang', 'jimo', 'jiaozhou', 'pingdu', 'laixi', 'outside-qingdao');
  CREATE TYPE "public"."enum__events_v_version_type" AS ENUM('international-conference', 'forum', 'annual-meeting', 'sub-session', 'competition', 'campaign', 'training');
  CREATE TYPE "public"."enum__events_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_science_education_bases_themes" AS ENUM('marine', 'aerospace', 'life-health', 'agriculture', 'ecology', 'earth', 'energy', 'information', 'manufacturing', 'transport', 'weather-disaster', 'emergency', 'astronomy', 'history-culture', 'general');
  CREATE TYPE "public"."enum_science_education_bases_level" AS ENUM('national', 'provincial', 'municipal', 'community', 'campus');
  CREATE TYPE "public"."enum_science_education_bases_kind" AS ENUM('science-museum', 'base', 'community-hall', 'campus-hall', 'social-science-museum');
  CREATE TYPE "public"."enum_science_education_bases_district" AS ENUM('shinan', 'shibei', 'licang', 'laoshan', 'huangdao', 'chengyang', 'jimo', 'jiaozhou', 'pingdu', 'laixi', 'outside-qingdao');
  CREATE TYPE "public"."enum_science_education_bases_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_science_education_bases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__science_education_bases_v_version_themes" AS ENUM('marine', 'aerospace', 'life-health', 'agriculture', 'ecology', 'earth', 'energy', 'information', 'manufacturing', 'transport', 'weather-disaster', 'emergency', 'astronomy', 'history-culture', 'general');
  CREATE TYPE "public"."enum__science_education_bases_v_version_level" AS ENUM('national', 'provincial', 'municipal', 'community', 'campus');
  CREATE TYPE "public"."enum__science_education_bases_v_version_kind" AS ENUM('science-museum', 'base', 'community-hall', 'campus-hall', 'social-science-museum');
  CREATE TYPE "public"."enum__science_education_bases_v_version_district" AS ENUM('shinan', 'shibei', 'licang', 'laoshan', 'huangdao', 'chengyang', 'jimo', 'jiaozhou', 'pingdu', 'laixi', 'outside-qingdao');
  CREATE TYPE "public"."enum__science_education_bases_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__science_education_bases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__science_education_bases_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_volunteer_teams_focus_areas" AS ENUM('marine', 'aerospace', 'life-health', 'agriculture', 'ecology', 'earth', 'energy', 'information', 'manufacturing', 'transport', 'weather-disaster', 'emergency', 'astronomy', 'history-culture', 'general');
  CREATE TYPE "public"."enum_volunteer_teams_campaigns" AS ENUM('silver-age', 'dandelion', 'farmers', 'emergency', 'science-day', 'science-to-countryside', 'spring-of-science', 'other');
  CREATE TYPE "public"."enum_volunteer_teams_district" AS ENUM('shinan', 'shibei', 'licang', 'laoshan', 'huangdao', 'chengyang', 'jimo', 'jiaozhou', 'pingdu', 'laixi', 'outside-qingdao');
  CREATE TYPE "public"."enum_volunteer_teams_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_volunteer_teams_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__volunteer_teams_v_version_focus_areas" AS ENUM('marine', 'aerospace', 'life-health', 'agriculture', 'ecology', 'earth', 'energy', 'information', 'manufacturing', 'transport', 'weather-disaster', 'emergency', 'astronomy', 'history-culture', 'general');
  CREATE TYPE "public"."enum__volunteer_teams_v_version_campaigns" AS ENUM('silver-age', 'dandelion', 'farmers', 'emergency', 'science-day', 'science-to-countryside', 'spring-of-science', 'other');
  CREATE TYPE "public"."enum__volunteer_teams_v_version_district" AS ENUM('shinan', 'shibei', 'licang', 'laoshan', 'huangdao', 'chengyang', 'jimo', 'jiaozhou', 'pingdu', 'laixi', 'outside-qingdao');
  CREATE TYPE "public"."enum__volunteer_teams_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__volunteer_teams_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__volunteer_teams_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_awards_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_awards_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__awards_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__awards_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__awards_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_award_recipients_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum_award_recipients_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_award_recipients_notice_status" AS ENUM('in_notice', 'confirmed', 'withdrawn');
  CREATE TYPE "public"."enum_award_recipients_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__award_recipients_v_version_gender" AS ENUM('male', 'female');
  CREATE TYPE "public"."enum__award_recipients_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__award_recipients_v_version_notice_status" AS ENUM('in_notice', 'confirmed', 'withdrawn');
  CREATE TYPE "public"."enum__award_recipients_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__award_recipients_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'reviewer', 'editor');
  CREATE TYPE "public"."enum_workflow_events_document_collection" AS ENUM('releases', 'globals', 'articles', 'events', 'science-education-bases', 'volunteer-teams', 'awards', 'award-recipients');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'withdraw', 'approve', 'request_changes', 'publish', 'unpublish', 'archive', 'restore', 'edit', 'withdraw_from_notice', 'confirm_notice');
  CREATE TYPE "public"."enum_workflow_events_from_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_workflow_events_to_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_releases_globals" AS ENUM('homepage', 'official-figures');
  CREATE TYPE "public"."enum_releases_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_releases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__releases_v_version_globals" AS ENUM('homepage', 'official-figures');
  CREATE TYPE "public"."enum__releases_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__releases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__releases_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_search_index_collection" AS ENUM('articles', 'events', 'science-education-bases', 'volunteer-teams', 'awards', 'award-recipients');
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('publish', 'unpublish', 'delete', 'release.published', 'release.unpublished', 'release.archived');
  CREATE TYPE "public"."enum_webhooks_collections" AS ENUM('articles', 'events', 'science-education-bases', 'volunteer-teams', 'awards', 'award-recipients');
  CREATE TYPE "public"."enum_webhooks_globals" AS ENUM('homepage', 'official-figures');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('publish', 'unpublish', 'delete', 'release.published', 'release.unpublished', 'release.archived');
  CREATE TYPE "public"."enum_compliance_rules_kind" AS ENUM('block', 'warn', 'replace', 'domain');
  CREATE TYPE "public"."enum_compliance_rules_category" AS ENUM('political', 'vulgar', 'advertising', 'official-name', 'fraud', 'link', 'custom');
  CREATE TYPE "public"."enum_award_notices_status" AS ENUM('in_notice', 'confirmed');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('submitted_to_me', 'approved', 'sent_back', 'published', 'mentioned');
  CREATE TYPE "public"."enum_notification_channels_events" AS ENUM('submitted_to_me', 'approved', 'sent_back', 'published');
  CREATE TYPE "public"."enum_notification_channels_kind" AS ENUM('wecom', 'dingtalk');
  CREATE TYPE "public"."enum_review_comments_document_collection" AS ENUM('releases', 'globals', 'articles', 'events', 'science-education-bases', 'volunteer-teams', 'awards', 'award-recipients');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'workflowScheduledTransition', 'workflowNotify', 'webhookDeliver', 'awardNoticeConfirm', 'robotNotify');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'workflowScheduledTransition', 'workflowNotify', 'webhookDeliver', 'awardNoticeConfirm', 'robotNotify');
  CREATE TYPE "public"."enum_homepage_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_homepage_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__homepage_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__homepage_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__homepage_v_published_locale" AS ENUM('zh', 'en');
  CREATE TYPE "public"."enum_official_figures_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum_official_figures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__official_figures_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'archived');
  CREATE TYPE "public"."enum__official_figures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__official_figures_v_published_locale" AS ENUM('zh', 'en');
  CREATE TABLE "articles_tags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tag" varchar
  );
  
  CREATE TABLE "articles_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"cover_image_id" uuid,
  	"source_url" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"category_id" uuid,
  	"workflow_stage" "enum_articles_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"content" jsonb,
  	"byline" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"events_id" uuid,
  	"science_education_bases_id" uuid,
  	"award_recipients_id" uuid
  );
  
  CREATE TABLE "_articles_v_version_tags" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"tag" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_cover_image_id" uuid,
  	"version_source_url" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_category_id" uuid,
  	"version_workflow_stage" "enum__articles_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"version_byline" varchar,
  	"version_source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"events_id" uuid,
  	"science_education_bases_id" uuid,
  	"award_recipients_id" uuid
  );
  
  CREATE TABLE "categories" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "events_organizers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "events_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "events_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"edition" numeric,
  	"district" "enum_events_district",
  	"cover_image_id" uuid,
  	"registration_url" varchar,
  	"attendance_onsite" numeric,
  	"attendance_online" numeric,
  	"slug" varchar,
  	"type" "enum_events_type",
  	"parent_id" uuid,
  	"workflow_stage" "enum_events_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"series" varchar,
  	"venue" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_events_v_version_organizers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_edition" numeric,
  	"version_district" "enum__events_v_version_district",
  	"version_cover_image_id" uuid,
  	"version_registration_url" varchar,
  	"version_attendance_onsite" numeric,
  	"version_attendance_online" numeric,
  	"version_slug" varchar,
  	"version_type" "enum__events_v_version_type",
  	"version_parent_id" uuid,
  	"version_workflow_stage" "enum__events_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_series" varchar,
  	"version_venue" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "science_education_bases_themes" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_science_education_bases_themes",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "science_education_bases_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "science_education_bases" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"level" "enum_science_education_bases_level",
  	"kind" "enum_science_education_bases_kind",
  	"district" "enum_science_education_bases_district",
  	"location_longitude" numeric,
  	"location_latitude" numeric,
  	"contact_phone" varchar,
  	"url" varchar,
  	"slug" varchar,
  	"year_designated" numeric,
  	"workflow_stage" "enum_science_education_bases_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_science_education_bases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "science_education_bases_locales" (
  	"name" varchar,
  	"description" jsonb,
  	"address" varchar,
  	"opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "science_education_bases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "_science_education_bases_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__science_education_bases_v_version_themes",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_science_education_bases_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_science_education_bases_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_level" "enum__science_education_bases_v_version_level",
  	"version_kind" "enum__science_education_bases_v_version_kind",
  	"version_district" "enum__science_education_bases_v_version_district",
  	"version_location_longitude" numeric,
  	"version_location_latitude" numeric,
  	"version_contact_phone" varchar,
  	"version_url" varchar,
  	"version_slug" varchar,
  	"version_year_designated" numeric,
  	"version_workflow_stage" "enum__science_education_bases_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__science_education_bases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__science_education_bases_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_science_education_bases_v_locales" (
  	"version_name" varchar,
  	"version_description" jsonb,
  	"version_address" varchar,
  	"version_opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_science_education_bases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "volunteer_teams_focus_areas" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_volunteer_teams_focus_areas",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "volunteer_teams_campaigns" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_volunteer_teams_campaigns",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "volunteer_teams_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "volunteer_teams" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"district" "enum_volunteer_teams_district",
  	"member_count" numeric,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"slug" varchar,
  	"founded_date" timestamp(3) with time zone,
  	"workflow_stage" "enum_volunteer_teams_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_volunteer_teams_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "volunteer_teams_locales" (
  	"name" varchar,
  	"host_organization" varchar,
  	"contact_person" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_volunteer_teams_v_version_focus_areas" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__volunteer_teams_v_version_focus_areas",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_volunteer_teams_v_version_campaigns" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__volunteer_teams_v_version_campaigns",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_volunteer_teams_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_volunteer_teams_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_district" "enum__volunteer_teams_v_version_district",
  	"version_member_count" numeric,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_slug" varchar,
  	"version_founded_date" timestamp(3) with time zone,
  	"version_workflow_stage" "enum__volunteer_teams_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__volunteer_teams_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__volunteer_teams_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_volunteer_teams_v_locales" (
  	"version_name" varchar,
  	"version_host_organization" varchar,
  	"version_contact_person" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "awards_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "awards" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"first_year" numeric,
  	"slug" varchar,
  	"workflow_stage" "enum_awards_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_awards_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "awards_locales" (
  	"name" varchar,
  	"organizer" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_awards_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_awards_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_first_year" numeric,
  	"version_slug" varchar,
  	"version_workflow_stage" "enum__awards_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__awards_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__awards_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_awards_v_locales" (
  	"version_name" varchar,
  	"version_organizer" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "award_recipients_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "award_recipients" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"award_id" uuid,
  	"year" numeric,
  	"gender" "enum_award_recipients_gender",
  	"order" numeric,
  	"photo_id" uuid,
  	"slug" varchar,
  	"workflow_stage" "enum_award_recipients_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"notice_status" "enum_award_recipients_notice_status",
  	"notice_ends_at" timestamp(3) with time zone,
  	"notice_withdrawal_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_award_recipients_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "award_recipients_locales" (
  	"name" varchar,
  	"affiliation" varchar,
  	"discipline" varchar,
  	"title" varchar,
  	"summary" varchar,
  	"citation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_award_recipients_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_award_recipients_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_award_id" uuid,
  	"version_year" numeric,
  	"version_gender" "enum__award_recipients_v_version_gender",
  	"version_order" numeric,
  	"version_photo_id" uuid,
  	"version_slug" varchar,
  	"version_workflow_stage" "enum__award_recipients_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_notice_status" "enum__award_recipients_v_version_notice_status",
  	"version_notice_ends_at" timestamp(3) with time zone,
  	"version_notice_withdrawal_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__award_recipients_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__award_recipients_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_award_recipients_v_locales" (
  	"version_name" varchar,
  	"version_affiliation" varchar,
  	"version_discipline" varchar,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_citation" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "workflow_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"sequence" numeric NOT NULL,
  	"document_collection" "enum_workflow_events_document_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"revision" numeric NOT NULL,
  	"revision_key" varchar NOT NULL,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"from_stage" "enum_workflow_events_from_stage",
  	"to_stage" "enum_workflow_events_to_stage" NOT NULL,
  	"actor" varchar,
  	"actor_name" varchar,
  	"comment" varchar,
  	"review_level" numeric,
  	"release" varchar,
  	"assignee" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"compliance_override" jsonb,
  	"review_comments" jsonb,
  	"prev_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "releases_globals" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_releases_globals",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "releases_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "releases" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"note" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"unpublish_at" timestamp(3) with time zone,
  	"submitted_items" jsonb,
  	"workflow_stage" "enum_releases_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"notice_days" numeric,
  	"notice_contact_phone" varchar,
  	"notice_contact_email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_releases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "releases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"events_id" uuid,
  	"science_education_bases_id" uuid,
  	"volunteer_teams_id" uuid,
  	"awards_id" uuid,
  	"award_recipients_id" uuid
  );
  
  CREATE TABLE "_releases_v_version_globals" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__releases_v_version_globals",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_releases_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_releases_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_note" varchar,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_unpublish_at" timestamp(3) with time zone,
  	"version_submitted_items" jsonb,
  	"version_workflow_stage" "enum__releases_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version_notice_days" numeric,
  	"version_notice_contact_phone" varchar,
  	"version_notice_contact_email" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__releases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__releases_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_releases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"events_id" uuid,
  	"science_education_bases_id" uuid,
  	"volunteer_teams_id" uuid,
  	"awards_id" uuid,
  	"award_recipients_id" uuid
  );
  
  CREATE TABLE "search_index" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"collection" "enum_search_index_collection" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"chunk" numeric NOT NULL,
  	"reader_locales" varchar NOT NULL,
  	"slug" varchar,
  	"title" varchar,
  	"title_pinyin" varchar,
  	"summary" varchar,
  	"summary_pinyin" varchar,
  	"body" varchar,
  	"body_pinyin" varchar,
  	"sort_date" timestamp(3) with time zone,
  	"source_updated_at" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_webhooks_events",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "webhooks_collections" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_webhooks_collections",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "webhooks_globals" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_webhooks_globals",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"webhook_id" uuid NOT NULL,
  	"event" "enum_webhook_deliveries_event" NOT NULL,
  	"collection" varchar,
  	"document_id" varchar,
  	"job_id" varchar,
  	"attempt" numeric NOT NULL,
  	"status_code" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"delivered_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "compliance_rules" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"term" varchar NOT NULL,
  	"kind" "enum_compliance_rules_kind" DEFAULT 'block' NOT NULL,
  	"replacement" varchar,
  	"category" "enum_compliance_rules_category" DEFAULT 'custom' NOT NULL,
  	"note" varchar,
  	"enabled" boolean DEFAULT true,
  	"match_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "award_notices" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"award_id" uuid NOT NULL,
  	"year" numeric NOT NULL,
  	"status" "enum_award_notices_status" NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"release" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"recipient_id" uuid NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"summary" varchar NOT NULL,
  	"document_collection" varchar,
  	"document_id" varchar,
  	"document_title" varchar,
  	"actor_id" uuid,
  	"actor_name" varchar,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notification_channels_events" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_notification_channels_events",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "notification_channels" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_notification_channels_kind" NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "api_clients_allowed_origins" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin" varchar NOT NULL
  );
  
  CREATE TABLE "api_clients" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"reads_per_minute" numeric,
  	"can_preview_drafts" boolean DEFAULT false,
  	"is_revoked" boolean DEFAULT false,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_comments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"document_collection" "enum_review_comments_document_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"round" numeric,
  	"revision" numeric,
  	"field_path" varchar,
  	"passage" varchar,
  	"body" varchar NOT NULL,
  	"author_id" uuid,
  	"document_author_id" uuid,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" uuid,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"categories_id" uuid,
  	"media_id" uuid,
  	"events_id" uuid,
  	"science_education_bases_id" uuid,
  	"volunteer_teams_id" uuid,
  	"awards_id" uuid,
  	"award_recipients_id" uuid,
  	"users_id" uuid,
  	"workflow_events_id" uuid,
  	"releases_id" uuid,
  	"search_index_id" uuid,
  	"webhooks_id" uuid,
  	"webhook_deliveries_id" uuid,
  	"compliance_rules_id" uuid,
  	"award_notices_id" uuid,
  	"notifications_id" uuid,
  	"notification_channels_id" uuid,
  	"api_clients_id" uuid,
  	"review_comments_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "homepage_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "homepage" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"hero_image_id" uuid,
  	"workflow_stage" "enum_homepage_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"_status" "enum_homepage_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "homepage_locales" (
  	"hero_heading" varchar,
  	"hero_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "homepage_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"events_id" uuid
  );
  
  CREATE TABLE "_homepage_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_homepage_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"version_hero_image_id" uuid,
  	"version_workflow_stage" "enum__homepage_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version__status" "enum__homepage_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__homepage_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_homepage_v_locales" (
  	"version_hero_heading" varchar,
  	"version_hero_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_homepage_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" uuid,
  	"events_id" uuid
  );
  
  CREATE TABLE "official_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" numeric,
  	"is_lower_bound" boolean DEFAULT false,
  	"as_of" timestamp(3) with time zone,
  	"source_url" varchar
  );
  
  CREATE TABLE "official_figures_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "official_figures_approvals" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "official_figures" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"workflow_stage" "enum_official_figures_workflow_stage" DEFAULT 'draft',
  	"workflow_created_by_id" uuid,
  	"workflow_last_edited_by_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_assignee_id" uuid,
  	"workflow_required_approvals" numeric,
  	"workflow_publish_at" timestamp(3) with time zone,
  	"workflow_unpublish_at" timestamp(3) with time zone,
  	"workflow_revision" numeric DEFAULT 0,
  	"_status" "enum_official_figures_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_official_figures_v_version_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" numeric,
  	"is_lower_bound" boolean DEFAULT false,
  	"as_of" timestamp(3) with time zone,
  	"source_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_official_figures_v_version_figures_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_official_figures_approvals_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"reviewer_id" uuid,
  	"level" numeric,
  	"approved_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_official_figures_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"version_workflow_stage" "enum__official_figures_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_created_by_id" uuid,
  	"version_workflow_last_edited_by_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_required_approvals" numeric,
  	"version_workflow_publish_at" timestamp(3) with time zone,
  	"version_workflow_unpublish_at" timestamp(3) with time zone,
  	"version_workflow_revision" numeric DEFAULT 0,
  	"version__status" "enum__official_figures_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__official_figures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "site_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "site_settings_footer_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"logo_id" uuid,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"icp_number" varchar,
  	"public_security_filing_number" varchar,
  	"seo_image_id" uuid,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar,
  	"contact_address" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "workflow_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"review_levels_articles" numeric DEFAULT 2,
  	"review_levels_events" numeric DEFAULT 1,
  	"review_levels_science_education_bases" numeric DEFAULT 1,
  	"review_levels_volunteer_teams" numeric DEFAULT 1,
  	"review_levels_awards" numeric DEFAULT 1,
  	"review_levels_award_recipients" numeric DEFAULT 1,
  	"review_levels_homepage" numeric DEFAULT 1,
  	"review_levels_official_figures" numeric DEFAULT 1,
  	"review_levels_releases" numeric,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_tags" ADD CONSTRAINT "articles_tags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_approvals" ADD CONSTRAINT "articles_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_approvals" ADD CONSTRAINT "articles_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_science_education_bases_fk" FOREIGN KEY ("science_education_bases_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_award_recipients_fk" FOREIGN KEY ("award_recipients_id") REFERENCES "public"."award_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_tags" ADD CONSTRAINT "_articles_v_version_tags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_approvals_v" ADD CONSTRAINT "_articles_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_approvals_v" ADD CONSTRAINT "_articles_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_science_education_bases_fk" FOREIGN KEY ("science_education_bases_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_award_recipients_fk" FOREIGN KEY ("award_recipients_id") REFERENCES "public"."award_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_organizers" ADD CONSTRAINT "events_organizers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_partners" ADD CONSTRAINT "events_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_approvals" ADD CONSTRAINT "events_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_approvals" ADD CONSTRAINT "events_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_organizers" ADD CONSTRAINT "_events_v_version_organizers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_partners" ADD CONSTRAINT "_events_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_approvals_v" ADD CONSTRAINT "_events_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_approvals_v" ADD CONSTRAINT "_events_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_parent_id_events_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "science_education_bases_themes" ADD CONSTRAINT "science_education_bases_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "science_education_bases_approvals" ADD CONSTRAINT "science_education_bases_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "science_education_bases_approvals" ADD CONSTRAINT "science_education_bases_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "science_education_bases" ADD CONSTRAINT "science_education_bases_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "science_education_bases" ADD CONSTRAINT "science_education_bases_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "science_education_bases" ADD CONSTRAINT "science_education_bases_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "science_education_bases" ADD CONSTRAINT "science_education_bases_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "science_education_bases_locales" ADD CONSTRAINT "science_education_bases_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "science_education_bases_rels" ADD CONSTRAINT "science_education_bases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "science_education_bases_rels" ADD CONSTRAINT "science_education_bases_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v_version_themes" ADD CONSTRAINT "_science_education_bases_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_science_education_bases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_science_education_bases_approvals_v" ADD CONSTRAINT "_science_education_bases_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_education_bases_approvals_v" ADD CONSTRAINT "_science_education_bases_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_science_education_bases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v" ADD CONSTRAINT "_science_education_bases_v_parent_id_science_education_bases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."science_education_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v" ADD CONSTRAINT "_science_education_bases_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v" ADD CONSTRAINT "_science_education_bases_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v" ADD CONSTRAINT "_science_education_bases_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v" ADD CONSTRAINT "_science_education_bases_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v_locales" ADD CONSTRAINT "_science_education_bases_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_science_education_bases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v_rels" ADD CONSTRAINT "_science_education_bases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_science_education_bases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_science_education_bases_v_rels" ADD CONSTRAINT "_science_education_bases_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_teams_focus_areas" ADD CONSTRAINT "volunteer_teams_focus_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_teams_campaigns" ADD CONSTRAINT "volunteer_teams_campaigns_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_teams_approvals" ADD CONSTRAINT "volunteer_teams_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_teams_approvals" ADD CONSTRAINT "volunteer_teams_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_teams_locales" ADD CONSTRAINT "volunteer_teams_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v_version_focus_areas" ADD CONSTRAINT "_volunteer_teams_v_version_focus_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_teams_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v_version_campaigns" ADD CONSTRAINT "_volunteer_teams_v_version_campaigns_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_teams_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_approvals_v" ADD CONSTRAINT "_volunteer_teams_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_approvals_v" ADD CONSTRAINT "_volunteer_teams_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_volunteer_teams_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v" ADD CONSTRAINT "_volunteer_teams_v_parent_id_volunteer_teams_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v" ADD CONSTRAINT "_volunteer_teams_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v" ADD CONSTRAINT "_volunteer_teams_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v" ADD CONSTRAINT "_volunteer_teams_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v" ADD CONSTRAINT "_volunteer_teams_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_teams_v_locales" ADD CONSTRAINT "_volunteer_teams_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_volunteer_teams_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards_approvals" ADD CONSTRAINT "awards_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_approvals" ADD CONSTRAINT "awards_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_locales" ADD CONSTRAINT "awards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_awards_approvals_v" ADD CONSTRAINT "_awards_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_approvals_v" ADD CONSTRAINT "_awards_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_awards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_parent_id_awards_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v_locales" ADD CONSTRAINT "_awards_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_awards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "award_recipients_approvals" ADD CONSTRAINT "award_recipients_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_recipients_approvals" ADD CONSTRAINT "award_recipients_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."award_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_recipients_locales" ADD CONSTRAINT "award_recipients_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."award_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_award_recipients_approvals_v" ADD CONSTRAINT "_award_recipients_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_approvals_v" ADD CONSTRAINT "_award_recipients_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_award_recipients_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_award_recipients_v" ADD CONSTRAINT "_award_recipients_v_parent_id_award_recipients_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."award_recipients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_v" ADD CONSTRAINT "_award_recipients_v_version_award_id_awards_id_fk" FOREIGN KEY ("version_award_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_v" ADD CONSTRAINT "_award_recipients_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_v" ADD CONSTRAINT "_award_recipients_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_v" ADD CONSTRAINT "_award_recipients_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_v" ADD CONSTRAINT "_award_recipients_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_v" ADD CONSTRAINT "_award_recipients_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_award_recipients_v_locales" ADD CONSTRAINT "_award_recipients_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_award_recipients_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_globals" ADD CONSTRAINT "releases_globals_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_approvals" ADD CONSTRAINT "releases_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases_approvals" ADD CONSTRAINT "releases_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_science_education_bases_fk" FOREIGN KEY ("science_education_bases_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_volunteer_teams_fk" FOREIGN KEY ("volunteer_teams_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_rels" ADD CONSTRAINT "releases_rels_award_recipients_fk" FOREIGN KEY ("award_recipients_id") REFERENCES "public"."award_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_version_globals" ADD CONSTRAINT "_releases_v_version_globals_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_approvals_v" ADD CONSTRAINT "_releases_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_approvals_v" ADD CONSTRAINT "_releases_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_parent_id_releases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v" ADD CONSTRAINT "_releases_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_releases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_science_education_bases_fk" FOREIGN KEY ("science_education_bases_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_volunteer_teams_fk" FOREIGN KEY ("volunteer_teams_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_releases_v_rels" ADD CONSTRAINT "_releases_v_rels_award_recipients_fk" FOREIGN KEY ("award_recipients_id") REFERENCES "public"."award_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_events" ADD CONSTRAINT "webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_collections" ADD CONSTRAINT "webhooks_collections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_globals" ADD CONSTRAINT "webhooks_globals_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "award_notices" ADD CONSTRAINT "award_notices_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notification_channels_events" ADD CONSTRAINT "notification_channels_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notification_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_clients_allowed_origins" ADD CONSTRAINT "api_clients_allowed_origins_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_document_author_id_users_id_fk" FOREIGN KEY ("document_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_comments_rels" ADD CONSTRAINT "review_comments_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_science_education_bases_fk" FOREIGN KEY ("science_education_bases_id") REFERENCES "public"."science_education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteer_teams_fk" FOREIGN KEY ("volunteer_teams_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_award_recipients_fk" FOREIGN KEY ("award_recipients_id") REFERENCES "public"."award_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_compliance_rules_fk" FOREIGN KEY ("compliance_rules_id") REFERENCES "public"."compliance_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_award_notices_fk" FOREIGN KEY ("award_notices_id") REFERENCES "public"."award_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notification_channels_fk" FOREIGN KEY ("notification_channels_id") REFERENCES "public"."notification_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_comments_fk" FOREIGN KEY ("review_comments_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_approvals" ADD CONSTRAINT "homepage_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage_approvals" ADD CONSTRAINT "homepage_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage" ADD CONSTRAINT "homepage_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage" ADD CONSTRAINT "homepage_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage" ADD CONSTRAINT "homepage_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage" ADD CONSTRAINT "homepage_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage" ADD CONSTRAINT "homepage_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "homepage_locales" ADD CONSTRAINT "homepage_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."homepage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "homepage_rels" ADD CONSTRAINT "homepage_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_approvals_v" ADD CONSTRAINT "_homepage_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_approvals_v" ADD CONSTRAINT "_homepage_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v" ADD CONSTRAINT "_homepage_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v" ADD CONSTRAINT "_homepage_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v" ADD CONSTRAINT "_homepage_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v" ADD CONSTRAINT "_homepage_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v" ADD CONSTRAINT "_homepage_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_homepage_v_locales" ADD CONSTRAINT "_homepage_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_rels" ADD CONSTRAINT "_homepage_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_homepage_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_rels" ADD CONSTRAINT "_homepage_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_homepage_v_rels" ADD CONSTRAINT "_homepage_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "official_figures_figures" ADD CONSTRAINT "official_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."official_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "official_figures_figures_locales" ADD CONSTRAINT "official_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."official_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "official_figures_approvals" ADD CONSTRAINT "official_figures_approvals_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "official_figures_approvals" ADD CONSTRAINT "official_figures_approvals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."official_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_workflow_created_by_id_users_id_fk" FOREIGN KEY ("workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_official_figures_v_version_figures" ADD CONSTRAINT "_official_figures_v_version_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_official_figures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_official_figures_v_version_figures_locales" ADD CONSTRAINT "_official_figures_v_version_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_official_figures_v_version_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_official_figures_approvals_v" ADD CONSTRAINT "_official_figures_approvals_v_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_official_figures_approvals_v" ADD CONSTRAINT "_official_figures_approvals_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_official_figures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_official_figures_v" ADD CONSTRAINT "_official_figures_v_version_workflow_created_by_id_users_id_fk" FOREIGN KEY ("version_workflow_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_official_figures_v" ADD CONSTRAINT "_official_figures_v_version_workflow_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_workflow_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_official_figures_v" ADD CONSTRAINT "_official_figures_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_official_figures_v" ADD CONSTRAINT "_official_figures_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links" ADD CONSTRAINT "site_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links_locales" ADD CONSTRAINT "site_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_tags_order_idx" ON "articles_tags" USING btree ("_order");
  CREATE INDEX "articles_tags_parent_id_idx" ON "articles_tags" USING btree ("_parent_id");
  CREATE INDEX "articles_tags_locale_idx" ON "articles_tags" USING btree ("_locale");
  CREATE INDEX "articles_approvals_order_idx" ON "articles_approvals" USING btree ("_order");
  CREATE INDEX "articles_approvals_parent_id_idx" ON "articles_approvals" USING btree ("_parent_id");
  CREATE INDEX "articles_approvals_reviewer_idx" ON "articles_approvals" USING btree ("reviewer_id");
  CREATE INDEX "articles_cover_image_idx" ON "articles" USING btree ("cover_image_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_category_idx" ON "articles" USING btree ("category_id");
  CREATE INDEX "articles_workflow_stage_idx" ON "articles" USING btree ("workflow_stage");
  CREATE INDEX "articles_workflow_workflow_created_by_idx" ON "articles" USING btree ("workflow_created_by_id");
  CREATE INDEX "articles_workflow_workflow_last_edited_by_idx" ON "articles" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "articles_workflow_workflow_submitted_by_idx" ON "articles" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "articles_workflow_workflow_assignee_idx" ON "articles" USING btree ("workflow_assignee_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_locales_parent_id_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_events_id_idx" ON "articles_rels" USING btree ("events_id");
  CREATE INDEX "articles_rels_science_education_bases_id_idx" ON "articles_rels" USING btree ("science_education_bases_id");
  CREATE INDEX "articles_rels_award_recipients_id_idx" ON "articles_rels" USING btree ("award_recipients_id");
  CREATE INDEX "_articles_v_version_tags_order_idx" ON "_articles_v_version_tags" USING btree ("_order");
  CREATE INDEX "_articles_v_version_tags_parent_id_idx" ON "_articles_v_version_tags" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_tags_locale_idx" ON "_articles_v_version_tags" USING btree ("_locale");
  CREATE INDEX "_articles_approvals_v_order_idx" ON "_articles_approvals_v" USING btree ("_order");
  CREATE INDEX "_articles_approvals_v_parent_id_idx" ON "_articles_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_articles_approvals_v_reviewer_idx" ON "_articles_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_cover_image_idx" ON "_articles_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_category_idx" ON "_articles_v" USING btree ("version_category_id");
  CREATE INDEX "_articles_v_version_version_workflow_stage_idx" ON "_articles_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_created_by_idx" ON "_articles_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_last_edite_idx" ON "_articles_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_submitted__idx" ON "_articles_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_assignee_idx" ON "_articles_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_locales_parent_id_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_events_id_idx" ON "_articles_v_rels" USING btree ("events_id");
  CREATE INDEX "_articles_v_rels_science_education_bases_id_idx" ON "_articles_v_rels" USING btree ("science_education_bases_id");
  CREATE INDEX "_articles_v_rels_award_recipients_id_idx" ON "_articles_v_rels" USING btree ("award_recipients_id");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "categories_locales_parent_id_idx" ON "categories_locales" USING btree ("_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "events_organizers_order_idx" ON "events_organizers" USING btree ("_order");
  CREATE INDEX "events_organizers_parent_id_idx" ON "events_organizers" USING btree ("_parent_id");
  CREATE INDEX "events_organizers_locale_idx" ON "events_organizers" USING btree ("_locale");
  CREATE INDEX "events_partners_order_idx" ON "events_partners" USING btree ("_order");
  CREATE INDEX "events_partners_parent_id_idx" ON "events_partners" USING btree ("_parent_id");
  CREATE INDEX "events_partners_locale_idx" ON "events_partners" USING btree ("_locale");
  CREATE INDEX "events_approvals_order_idx" ON "events_approvals" USING btree ("_order");
  CREATE INDEX "events_approvals_parent_id_idx" ON "events_approvals" USING btree ("_parent_id");
  CREATE INDEX "events_approvals_reviewer_idx" ON "events_approvals" USING btree ("reviewer_id");
  CREATE INDEX "events_start_date_idx" ON "events" USING btree ("start_date");
  CREATE INDEX "events_end_date_idx" ON "events" USING btree ("end_date");
  CREATE INDEX "events_district_idx" ON "events" USING btree ("district");
  CREATE INDEX "events_cover_image_idx" ON "events" USING btree ("cover_image_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_type_idx" ON "events" USING btree ("type");
  CREATE INDEX "events_parent_idx" ON "events" USING btree ("parent_id");
  CREATE INDEX "events_workflow_stage_idx" ON "events" USING btree ("workflow_stage");
  CREATE INDEX "events_workflow_workflow_created_by_idx" ON "events" USING btree ("workflow_created_by_id");
  CREATE INDEX "events_workflow_workflow_last_edited_by_idx" ON "events" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "events_workflow_workflow_submitted_by_idx" ON "events" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "events_workflow_workflow_assignee_idx" ON "events" USING btree ("workflow_assignee_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_locales_parent_id_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_organizers_order_idx" ON "_events_v_version_organizers" USING btree ("_order");
  CREATE INDEX "_events_v_version_organizers_parent_id_idx" ON "_events_v_version_organizers" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_organizers_locale_idx" ON "_events_v_version_organizers" USING btree ("_locale");
  CREATE INDEX "_events_v_version_partners_order_idx" ON "_events_v_version_partners" USING btree ("_order");
  CREATE INDEX "_events_v_version_partners_parent_id_idx" ON "_events_v_version_partners" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_partners_locale_idx" ON "_events_v_version_partners" USING btree ("_locale");
  CREATE INDEX "_events_approvals_v_order_idx" ON "_events_approvals_v" USING btree ("_order");
  CREATE INDEX "_events_approvals_v_parent_id_idx" ON "_events_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_events_approvals_v_reviewer_idx" ON "_events_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_start_date_idx" ON "_events_v" USING btree ("version_start_date");
  CREATE INDEX "_events_v_version_version_end_date_idx" ON "_events_v" USING btree ("version_end_date");
  CREATE INDEX "_events_v_version_version_district_idx" ON "_events_v" USING btree ("version_district");
  CREATE INDEX "_events_v_version_version_cover_image_idx" ON "_events_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_type_idx" ON "_events_v" USING btree ("version_type");
  CREATE INDEX "_events_v_version_version_parent_idx" ON "_events_v" USING btree ("version_parent_id");
  CREATE INDEX "_events_v_version_version_workflow_stage_idx" ON "_events_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_events_v_version_workflow_version_workflow_created_by_idx" ON "_events_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_last_edited__idx" ON "_events_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_submitted_by_idx" ON "_events_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_assignee_idx" ON "_events_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_locales_parent_id_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "science_education_bases_themes_order_idx" ON "science_education_bases_themes" USING btree ("order");
  CREATE INDEX "science_education_bases_themes_parent_idx" ON "science_education_bases_themes" USING btree ("parent_id");
  CREATE INDEX "science_education_bases_approvals_order_idx" ON "science_education_bases_approvals" USING btree ("_order");
  CREATE INDEX "science_education_bases_approvals_parent_id_idx" ON "science_education_bases_approvals" USING btree ("_parent_id");
  CREATE INDEX "science_education_bases_approvals_reviewer_idx" ON "science_education_bases_approvals" USING btree ("reviewer_id");
  CREATE INDEX "science_education_bases_level_idx" ON "science_education_bases" USING btree ("level");
  CREATE INDEX "science_education_bases_kind_idx" ON "science_education_bases" USING btree ("kind");
  CREATE INDEX "science_education_bases_district_idx" ON "science_education_bases" USING btree ("district");
  CREATE UNIQUE INDEX "science_education_bases_slug_idx" ON "science_education_bases" USING btree ("slug");
  CREATE INDEX "science_education_bases_year_designated_idx" ON "science_education_bases" USING btree ("year_designated");
  CREATE INDEX "science_education_bases_workflow_stage_idx" ON "science_education_bases" USING btree ("workflow_stage");
  CREATE INDEX "science_education_bases_workflow_workflow_created_by_idx" ON "science_education_bases" USING btree ("workflow_created_by_id");
  CREATE INDEX "science_education_bases_workflow_workflow_last_edited_by_idx" ON "science_education_bases" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "science_education_bases_workflow_workflow_submitted_by_idx" ON "science_education_bases" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "science_education_bases_workflow_workflow_assignee_idx" ON "science_education_bases" USING btree ("workflow_assignee_id");
  CREATE INDEX "science_education_bases_updated_at_idx" ON "science_education_bases" USING btree ("updated_at");
  CREATE INDEX "science_education_bases_created_at_idx" ON "science_education_bases" USING btree ("created_at");
  CREATE INDEX "science_education_bases__status_idx" ON "science_education_bases" USING btree ("_status");
  CREATE UNIQUE INDEX "science_education_bases_locales_locale_parent_id_unique" ON "science_education_bases_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "science_education_bases_locales_parent_id_idx" ON "science_education_bases_locales" USING btree ("_parent_id");
  CREATE INDEX "science_education_bases_rels_order_idx" ON "science_education_bases_rels" USING btree ("order");
  CREATE INDEX "science_education_bases_rels_parent_idx" ON "science_education_bases_rels" USING btree ("parent_id");
  CREATE INDEX "science_education_bases_rels_path_idx" ON "science_education_bases_rels" USING btree ("path");
  CREATE INDEX "science_education_bases_rels_media_id_idx" ON "science_education_bases_rels" USING btree ("media_id");
  CREATE INDEX "_science_education_bases_v_version_themes_order_idx" ON "_science_education_bases_v_version_themes" USING btree ("order");
  CREATE INDEX "_science_education_bases_v_version_themes_parent_idx" ON "_science_education_bases_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_science_education_bases_approvals_v_order_idx" ON "_science_education_bases_approvals_v" USING btree ("_order");
  CREATE INDEX "_science_education_bases_approvals_v_parent_id_idx" ON "_science_education_bases_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_science_education_bases_approvals_v_reviewer_idx" ON "_science_education_bases_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_science_education_bases_v_parent_idx" ON "_science_education_bases_v" USING btree ("parent_id");
  CREATE INDEX "_science_education_bases_v_version_version_level_idx" ON "_science_education_bases_v" USING btree ("version_level");
  CREATE INDEX "_science_education_bases_v_version_version_kind_idx" ON "_science_education_bases_v" USING btree ("version_kind");
  CREATE INDEX "_science_education_bases_v_version_version_district_idx" ON "_science_education_bases_v" USING btree ("version_district");
  CREATE INDEX "_science_education_bases_v_version_version_slug_idx" ON "_science_education_bases_v" USING btree ("version_slug");
  CREATE INDEX "_science_education_bases_v_version_version_year_designat_idx" ON "_science_education_bases_v" USING btree ("version_year_designated");
  CREATE INDEX "_science_education_bases_v_version_version_workflow_stag_idx" ON "_science_education_bases_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_science_education_bases_v_version_workflow_version_work_idx" ON "_science_education_bases_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_science_education_bases_v_version_workflow_version_wo_1_idx" ON "_science_education_bases_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_science_education_bases_v_version_workflow_version_wo_2_idx" ON "_science_education_bases_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_science_education_bases_v_version_workflow_version_wo_3_idx" ON "_science_education_bases_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_science_education_bases_v_version_version_updated_at_idx" ON "_science_education_bases_v" USING btree ("version_updated_at");
  CREATE INDEX "_science_education_bases_v_version_version_created_at_idx" ON "_science_education_bases_v" USING btree ("version_created_at");
  CREATE INDEX "_science_education_bases_v_version_version__status_idx" ON "_science_education_bases_v" USING btree ("version__status");
  CREATE INDEX "_science_education_bases_v_created_at_idx" ON "_science_education_bases_v" USING btree ("created_at");
  CREATE INDEX "_science_education_bases_v_updated_at_idx" ON "_science_education_bases_v" USING btree ("updated_at");
  CREATE INDEX "_science_education_bases_v_snapshot_idx" ON "_science_education_bases_v" USING btree ("snapshot");
  CREATE INDEX "_science_education_bases_v_published_locale_idx" ON "_science_education_bases_v" USING btree ("published_locale");
  CREATE INDEX "_science_education_bases_v_latest_idx" ON "_science_education_bases_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_science_education_bases_v_locales_locale_parent_id_unique" ON "_science_education_bases_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_science_education_bases_v_locales_parent_id_idx" ON "_science_education_bases_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_science_education_bases_v_rels_order_idx" ON "_science_education_bases_v_rels" USING btree ("order");
  CREATE INDEX "_science_education_bases_v_rels_parent_idx" ON "_science_education_bases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_science_education_bases_v_rels_path_idx" ON "_science_education_bases_v_rels" USING btree ("path");
  CREATE INDEX "_science_education_bases_v_rels_media_id_idx" ON "_science_education_bases_v_rels" USING btree ("media_id");
  CREATE INDEX "volunteer_teams_focus_areas_order_idx" ON "volunteer_teams_focus_areas" USING btree ("order");
  CREATE INDEX "volunteer_teams_focus_areas_parent_idx" ON "volunteer_teams_focus_areas" USING btree ("parent_id");
  CREATE INDEX "volunteer_teams_campaigns_order_idx" ON "volunteer_teams_campaigns" USING btree ("order");
  CREATE INDEX "volunteer_teams_campaigns_parent_idx" ON "volunteer_teams_campaigns" USING btree ("parent_id");
  CREATE INDEX "volunteer_teams_approvals_order_idx" ON "volunteer_teams_approvals" USING btree ("_order");
  CREATE INDEX "volunteer_teams_approvals_parent_id_idx" ON "volunteer_teams_approvals" USING btree ("_parent_id");
  CREATE INDEX "volunteer_teams_approvals_reviewer_idx" ON "volunteer_teams_approvals" USING btree ("reviewer_id");
  CREATE INDEX "volunteer_teams_district_idx" ON "volunteer_teams" USING btree ("district");
  CREATE UNIQUE INDEX "volunteer_teams_slug_idx" ON "volunteer_teams" USING btree ("slug");
  CREATE INDEX "volunteer_teams_workflow_stage_idx" ON "volunteer_teams" USING btree ("workflow_stage");
  CREATE INDEX "volunteer_teams_workflow_workflow_created_by_idx" ON "volunteer_teams" USING btree ("workflow_created_by_id");
  CREATE INDEX "volunteer_teams_workflow_workflow_last_edited_by_idx" ON "volunteer_teams" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "volunteer_teams_workflow_workflow_submitted_by_idx" ON "volunteer_teams" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "volunteer_teams_workflow_workflow_assignee_idx" ON "volunteer_teams" USING btree ("workflow_assignee_id");
  CREATE INDEX "volunteer_teams_updated_at_idx" ON "volunteer_teams" USING btree ("updated_at");
  CREATE INDEX "volunteer_teams_created_at_idx" ON "volunteer_teams" USING btree ("created_at");
  CREATE INDEX "volunteer_teams__status_idx" ON "volunteer_teams" USING btree ("_status");
  CREATE UNIQUE INDEX "volunteer_teams_locales_locale_parent_id_unique" ON "volunteer_teams_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "volunteer_teams_locales_parent_id_idx" ON "volunteer_teams_locales" USING btree ("_parent_id");
  CREATE INDEX "_volunteer_teams_v_version_focus_areas_order_idx" ON "_volunteer_teams_v_version_focus_areas" USING btree ("order");
  CREATE INDEX "_volunteer_teams_v_version_focus_areas_parent_idx" ON "_volunteer_teams_v_version_focus_areas" USING btree ("parent_id");
  CREATE INDEX "_volunteer_teams_v_version_campaigns_order_idx" ON "_volunteer_teams_v_version_campaigns" USING btree ("order");
  CREATE INDEX "_volunteer_teams_v_version_campaigns_parent_idx" ON "_volunteer_teams_v_version_campaigns" USING btree ("parent_id");
  CREATE INDEX "_volunteer_teams_approvals_v_order_idx" ON "_volunteer_teams_approvals_v" USING btree ("_order");
  CREATE INDEX "_volunteer_teams_approvals_v_parent_id_idx" ON "_volunteer_teams_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_volunteer_teams_approvals_v_reviewer_idx" ON "_volunteer_teams_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_volunteer_teams_v_parent_idx" ON "_volunteer_teams_v" USING btree ("parent_id");
  CREATE INDEX "_volunteer_teams_v_version_version_district_idx" ON "_volunteer_teams_v" USING btree ("version_district");
  CREATE INDEX "_volunteer_teams_v_version_version_slug_idx" ON "_volunteer_teams_v" USING btree ("version_slug");
  CREATE INDEX "_volunteer_teams_v_version_version_workflow_stage_idx" ON "_volunteer_teams_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_volunteer_teams_v_version_workflow_version_workflow_cre_idx" ON "_volunteer_teams_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_volunteer_teams_v_version_workflow_version_workflow_las_idx" ON "_volunteer_teams_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_volunteer_teams_v_version_workflow_version_workflow_sub_idx" ON "_volunteer_teams_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_volunteer_teams_v_version_workflow_version_workflow_ass_idx" ON "_volunteer_teams_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_volunteer_teams_v_version_version_updated_at_idx" ON "_volunteer_teams_v" USING btree ("version_updated_at");
  CREATE INDEX "_volunteer_teams_v_version_version_created_at_idx" ON "_volunteer_teams_v" USING btree ("version_created_at");
  CREATE INDEX "_volunteer_teams_v_version_version__status_idx" ON "_volunteer_teams_v" USING btree ("version__status");
  CREATE INDEX "_volunteer_teams_v_created_at_idx" ON "_volunteer_teams_v" USING btree ("created_at");
  CREATE INDEX "_volunteer_teams_v_updated_at_idx" ON "_volunteer_teams_v" USING btree ("updated_at");
  CREATE INDEX "_volunteer_teams_v_snapshot_idx" ON "_volunteer_teams_v" USING btree ("snapshot");
  CREATE INDEX "_volunteer_teams_v_published_locale_idx" ON "_volunteer_teams_v" USING btree ("published_locale");
  CREATE INDEX "_volunteer_teams_v_latest_idx" ON "_volunteer_teams_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_volunteer_teams_v_locales_locale_parent_id_unique" ON "_volunteer_teams_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_volunteer_teams_v_locales_parent_id_idx" ON "_volunteer_teams_v_locales" USING btree ("_parent_id");
  CREATE INDEX "awards_approvals_order_idx" ON "awards_approvals" USING btree ("_order");
  CREATE INDEX "awards_approvals_parent_id_idx" ON "awards_approvals" USING btree ("_parent_id");
  CREATE INDEX "awards_approvals_reviewer_idx" ON "awards_approvals" USING btree ("reviewer_id");
  CREATE UNIQUE INDEX "awards_slug_idx" ON "awards" USING btree ("slug");
  CREATE INDEX "awards_workflow_stage_idx" ON "awards" USING btree ("workflow_stage");
  CREATE INDEX "awards_workflow_workflow_created_by_idx" ON "awards" USING btree ("workflow_created_by_id");
  CREATE INDEX "awards_workflow_workflow_last_edited_by_idx" ON "awards" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "awards_workflow_workflow_submitted_by_idx" ON "awards" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "awards_workflow_workflow_assignee_idx" ON "awards" USING btree ("workflow_assignee_id");
  CREATE INDEX "awards_updated_at_idx" ON "awards" USING btree ("updated_at");
  CREATE INDEX "awards_created_at_idx" ON "awards" USING btree ("created_at");
  CREATE INDEX "awards__status_idx" ON "awards" USING btree ("_status");
  CREATE UNIQUE INDEX "awards_locales_locale_parent_id_unique" ON "awards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "awards_locales_parent_id_idx" ON "awards_locales" USING btree ("_parent_id");
  CREATE INDEX "_awards_approvals_v_order_idx" ON "_awards_approvals_v" USING btree ("_order");
  CREATE INDEX "_awards_approvals_v_parent_id_idx" ON "_awards_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_awards_approvals_v_reviewer_idx" ON "_awards_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_awards_v_parent_idx" ON "_awards_v" USING btree ("parent_id");
  CREATE INDEX "_awards_v_version_version_slug_idx" ON "_awards_v" USING btree ("version_slug");
  CREATE INDEX "_awards_v_version_version_workflow_stage_idx" ON "_awards_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_awards_v_version_workflow_version_workflow_created_by_idx" ON "_awards_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_awards_v_version_workflow_version_workflow_last_edited__idx" ON "_awards_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_awards_v_version_workflow_version_workflow_submitted_by_idx" ON "_awards_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_awards_v_version_workflow_version_workflow_assignee_idx" ON "_awards_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_awards_v_version_version_updated_at_idx" ON "_awards_v" USING btree ("version_updated_at");
  CREATE INDEX "_awards_v_version_version_created_at_idx" ON "_awards_v" USING btree ("version_created_at");
  CREATE INDEX "_awards_v_version_version__status_idx" ON "_awards_v" USING btree ("version__status");
  CREATE INDEX "_awards_v_created_at_idx" ON "_awards_v" USING btree ("created_at");
  CREATE INDEX "_awards_v_updated_at_idx" ON "_awards_v" USING btree ("updated_at");
  CREATE INDEX "_awards_v_snapshot_idx" ON "_awards_v" USING btree ("snapshot");
  CREATE INDEX "_awards_v_published_locale_idx" ON "_awards_v" USING btree ("published_locale");
  CREATE INDEX "_awards_v_latest_idx" ON "_awards_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_awards_v_locales_locale_parent_id_unique" ON "_awards_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_awards_v_locales_parent_id_idx" ON "_awards_v_locales" USING btree ("_parent_id");
  CREATE INDEX "award_recipients_approvals_order_idx" ON "award_recipients_approvals" USING btree ("_order");
  CREATE INDEX "award_recipients_approvals_parent_id_idx" ON "award_recipients_approvals" USING btree ("_parent_id");
  CREATE INDEX "award_recipients_approvals_reviewer_idx" ON "award_recipients_approvals" USING btree ("reviewer_id");
  CREATE INDEX "award_recipients_award_idx" ON "award_recipients" USING btree ("award_id");
  CREATE INDEX "award_recipients_year_idx" ON "award_recipients" USING btree ("year");
  CREATE INDEX "award_recipients_photo_idx" ON "award_recipients" USING btree ("photo_id");
  CREATE UNIQUE INDEX "award_recipients_slug_idx" ON "award_recipients" USING btree ("slug");
  CREATE INDEX "award_recipients_workflow_stage_idx" ON "award_recipients" USING btree ("workflow_stage");
  CREATE INDEX "award_recipients_workflow_workflow_created_by_idx" ON "award_recipients" USING btree ("workflow_created_by_id");
  CREATE INDEX "award_recipients_workflow_workflow_last_edited_by_idx" ON "award_recipients" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "award_recipients_workflow_workflow_submitted_by_idx" ON "award_recipients" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "award_recipients_workflow_workflow_assignee_idx" ON "award_recipients" USING btree ("workflow_assignee_id");
  CREATE INDEX "award_recipients_notice_status_idx" ON "award_recipients" USING btree ("notice_status");
  CREATE INDEX "award_recipients_notice_ends_at_idx" ON "award_recipients" USING btree ("notice_ends_at");
  CREATE INDEX "award_recipients_updated_at_idx" ON "award_recipients" USING btree ("updated_at");
  CREATE INDEX "award_recipients_created_at_idx" ON "award_recipients" USING btree ("created_at");
  CREATE INDEX "award_recipients__status_idx" ON "award_recipients" USING btree ("_status");
  CREATE UNIQUE INDEX "award_recipients_locales_locale_parent_id_unique" ON "award_recipients_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "award_recipients_locales_parent_id_idx" ON "award_recipients_locales" USING btree ("_parent_id");
  CREATE INDEX "_award_recipients_approvals_v_order_idx" ON "_award_recipients_approvals_v" USING btree ("_order");
  CREATE INDEX "_award_recipients_approvals_v_parent_id_idx" ON "_award_recipients_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_award_recipients_approvals_v_reviewer_idx" ON "_award_recipients_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_award_recipients_v_parent_idx" ON "_award_recipients_v" USING btree ("parent_id");
  CREATE INDEX "_award_recipients_v_version_version_award_idx" ON "_award_recipients_v" USING btree ("version_award_id");
  CREATE INDEX "_award_recipients_v_version_version_year_idx" ON "_award_recipients_v" USING btree ("version_year");
  CREATE INDEX "_award_recipients_v_version_version_photo_idx" ON "_award_recipients_v" USING btree ("version_photo_id");
  CREATE INDEX "_award_recipients_v_version_version_slug_idx" ON "_award_recipients_v" USING btree ("version_slug");
  CREATE INDEX "_award_recipients_v_version_version_workflow_stage_idx" ON "_award_recipients_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_award_recipients_v_version_workflow_version_workflow_cr_idx" ON "_award_recipients_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_award_recipients_v_version_workflow_version_workflow_la_idx" ON "_award_recipients_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_award_recipients_v_version_workflow_version_workflow_su_idx" ON "_award_recipients_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_award_recipients_v_version_workflow_version_workflow_as_idx" ON "_award_recipients_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_award_recipients_v_version_version_notice_status_idx" ON "_award_recipients_v" USING btree ("version_notice_status");
  CREATE INDEX "_award_recipients_v_version_version_notice_ends_at_idx" ON "_award_recipients_v" USING btree ("version_notice_ends_at");
  CREATE INDEX "_award_recipients_v_version_version_updated_at_idx" ON "_award_recipients_v" USING btree ("version_updated_at");
  CREATE INDEX "_award_recipients_v_version_version_created_at_idx" ON "_award_recipients_v" USING btree ("version_created_at");
  CREATE INDEX "_award_recipients_v_version_version__status_idx" ON "_award_recipients_v" USING btree ("version__status");
  CREATE INDEX "_award_recipients_v_created_at_idx" ON "_award_recipients_v" USING btree ("created_at");
  CREATE INDEX "_award_recipients_v_updated_at_idx" ON "_award_recipients_v" USING btree ("updated_at");
  CREATE INDEX "_award_recipients_v_snapshot_idx" ON "_award_recipients_v" USING btree ("snapshot");
  CREATE INDEX "_award_recipients_v_published_locale_idx" ON "_award_recipients_v" USING btree ("published_locale");
  CREATE INDEX "_award_recipients_v_latest_idx" ON "_award_recipients_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_award_recipients_v_locales_locale_parent_id_unique" ON "_award_recipients_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_award_recipients_v_locales_parent_id_idx" ON "_award_recipients_v_locales" USING btree ("_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "workflow_events_sequence_idx" ON "workflow_events" USING btree ("sequence");
  CREATE INDEX "workflow_events_document_collection_idx" ON "workflow_events" USING btree ("document_collection");
  CREATE INDEX "workflow_events_document_id_idx" ON "workflow_events" USING btree ("document_id");
  CREATE UNIQUE INDEX "workflow_events_revision_key_idx" ON "workflow_events" USING btree ("revision_key");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor");
  CREATE INDEX "workflow_events_release_idx" ON "workflow_events" USING btree ("release");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "releases_globals_order_idx" ON "releases_globals" USING btree ("order");
  CREATE INDEX "releases_globals_parent_idx" ON "releases_globals" USING btree ("parent_id");
  CREATE INDEX "releases_approvals_order_idx" ON "releases_approvals" USING btree ("_order");
  CREATE INDEX "releases_approvals_parent_id_idx" ON "releases_approvals" USING btree ("_parent_id");
  CREATE INDEX "releases_approvals_reviewer_idx" ON "releases_approvals" USING btree ("reviewer_id");
  CREATE INDEX "releases_workflow_stage_idx" ON "releases" USING btree ("workflow_stage");
  CREATE INDEX "releases_workflow_workflow_created_by_idx" ON "releases" USING btree ("workflow_created_by_id");
  CREATE INDEX "releases_workflow_workflow_last_edited_by_idx" ON "releases" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "releases_workflow_workflow_submitted_by_idx" ON "releases" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "releases_workflow_workflow_assignee_idx" ON "releases" USING btree ("workflow_assignee_id");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE INDEX "releases__status_idx" ON "releases" USING btree ("_status");
  CREATE INDEX "releases_rels_order_idx" ON "releases_rels" USING btree ("order");
  CREATE INDEX "releases_rels_parent_idx" ON "releases_rels" USING btree ("parent_id");
  CREATE INDEX "releases_rels_path_idx" ON "releases_rels" USING btree ("path");
  CREATE INDEX "releases_rels_articles_id_idx" ON "releases_rels" USING btree ("articles_id");
  CREATE INDEX "releases_rels_events_id_idx" ON "releases_rels" USING btree ("events_id");
  CREATE INDEX "releases_rels_science_education_bases_id_idx" ON "releases_rels" USING btree ("science_education_bases_id");
  CREATE INDEX "releases_rels_volunteer_teams_id_idx" ON "releases_rels" USING btree ("volunteer_teams_id");
  CREATE INDEX "releases_rels_awards_id_idx" ON "releases_rels" USING btree ("awards_id");
  CREATE INDEX "releases_rels_award_recipients_id_idx" ON "releases_rels" USING btree ("award_recipients_id");
  CREATE INDEX "_releases_v_version_globals_order_idx" ON "_releases_v_version_globals" USING btree ("order");
  CREATE INDEX "_releases_v_version_globals_parent_idx" ON "_releases_v_version_globals" USING btree ("parent_id");
  CREATE INDEX "_releases_approvals_v_order_idx" ON "_releases_approvals_v" USING btree ("_order");
  CREATE INDEX "_releases_approvals_v_parent_id_idx" ON "_releases_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_releases_approvals_v_reviewer_idx" ON "_releases_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_releases_v_parent_idx" ON "_releases_v" USING btree ("parent_id");
  CREATE INDEX "_releases_v_version_version_workflow_stage_idx" ON "_releases_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_created_by_idx" ON "_releases_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_last_edite_idx" ON "_releases_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_submitted__idx" ON "_releases_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_releases_v_version_workflow_version_workflow_assignee_idx" ON "_releases_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_releases_v_version_version_updated_at_idx" ON "_releases_v" USING btree ("version_updated_at");
  CREATE INDEX "_releases_v_version_version_created_at_idx" ON "_releases_v" USING btree ("version_created_at");
  CREATE INDEX "_releases_v_version_version__status_idx" ON "_releases_v" USING btree ("version__status");
  CREATE INDEX "_releases_v_created_at_idx" ON "_releases_v" USING btree ("created_at");
  CREATE INDEX "_releases_v_updated_at_idx" ON "_releases_v" USING btree ("updated_at");
  CREATE INDEX "_releases_v_snapshot_idx" ON "_releases_v" USING btree ("snapshot");
  CREATE INDEX "_releases_v_published_locale_idx" ON "_releases_v" USING btree ("published_locale");
  CREATE INDEX "_releases_v_latest_idx" ON "_releases_v" USING btree ("latest");
  CREATE INDEX "_releases_v_rels_order_idx" ON "_releases_v_rels" USING btree ("order");
  CREATE INDEX "_releases_v_rels_parent_idx" ON "_releases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_releases_v_rels_path_idx" ON "_releases_v_rels" USING btree ("path");
  CREATE INDEX "_releases_v_rels_articles_id_idx" ON "_releases_v_rels" USING btree ("articles_id");
  CREATE INDEX "_releases_v_rels_events_id_idx" ON "_releases_v_rels" USING btree ("events_id");
  CREATE INDEX "_releases_v_rels_science_education_bases_id_idx" ON "_releases_v_rels" USING btree ("science_education_bases_id");
  CREATE INDEX "_releases_v_rels_volunteer_teams_id_idx" ON "_releases_v_rels" USING btree ("volunteer_teams_id");
  CREATE INDEX "_releases_v_rels_awards_id_idx" ON "_releases_v_rels" USING btree ("awards_id");
  CREATE INDEX "_releases_v_rels_award_recipients_id_idx" ON "_releases_v_rels" USING btree ("award_recipients_id");
  CREATE INDEX "search_index_doc_id_idx" ON "search_index" USING btree ("doc_id");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE INDEX "webhooks_events_order_idx" ON "webhooks_events" USING btree ("order");
  CREATE INDEX "webhooks_events_parent_idx" ON "webhooks_events" USING btree ("parent_id");
  CREATE INDEX "webhooks_collections_order_idx" ON "webhooks_collections" USING btree ("order");
  CREATE INDEX "webhooks_collections_parent_idx" ON "webhooks_collections" USING btree ("parent_id");
  CREATE INDEX "webhooks_globals_order_idx" ON "webhooks_globals" USING btree ("order");
  CREATE INDEX "webhooks_globals_parent_idx" ON "webhooks_globals" USING btree ("parent_id");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_job_id_idx" ON "webhook_deliveries" USING btree ("job_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "compliance_rules_enabled_idx" ON "compliance_rules" USING btree ("enabled");
  CREATE UNIQUE INDEX "compliance_rules_match_key_idx" ON "compliance_rules" USING btree ("match_key");
  CREATE INDEX "compliance_rules_updated_at_idx" ON "compliance_rules" USING btree ("updated_at");
  CREATE INDEX "compliance_rules_created_at_idx" ON "compliance_rules" USING btree ("created_at");
  CREATE INDEX "award_notices_award_idx" ON "award_notices" USING btree ("award_id");
  CREATE INDEX "award_notices_year_idx" ON "award_notices" USING btree ("year");
  CREATE INDEX "award_notices_status_idx" ON "award_notices" USING btree ("status");
  CREATE INDEX "award_notices_ends_at_idx" ON "award_notices" USING btree ("ends_at");
  CREATE INDEX "award_notices_release_idx" ON "award_notices" USING btree ("release");
  CREATE INDEX "award_notices_updated_at_idx" ON "award_notices" USING btree ("updated_at");
  CREATE INDEX "award_notices_created_at_idx" ON "award_notices" USING btree ("created_at");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_document_id_idx" ON "notifications" USING btree ("document_id");
  CREATE INDEX "notifications_actor_idx" ON "notifications" USING btree ("actor_id");
  CREATE INDEX "notifications_read_at_idx" ON "notifications" USING btree ("read_at");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "notification_channels_events_order_idx" ON "notification_channels_events" USING btree ("order");
  CREATE INDEX "notification_channels_events_parent_idx" ON "notification_channels_events" USING btree ("parent_id");
  CREATE INDEX "notification_channels_updated_at_idx" ON "notification_channels" USING btree ("updated_at");
  CREATE INDEX "notification_channels_created_at_idx" ON "notification_channels" USING btree ("created_at");
  CREATE INDEX "api_clients_allowed_origins_order_idx" ON "api_clients_allowed_origins" USING btree ("_order");
  CREATE INDEX "api_clients_allowed_origins_parent_id_idx" ON "api_clients_allowed_origins" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "api_clients_key_prefix_idx" ON "api_clients" USING btree ("key_prefix");
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  CREATE INDEX "review_comments_document_collection_idx" ON "review_comments" USING btree ("document_collection");
  CREATE INDEX "review_comments_document_id_idx" ON "review_comments" USING btree ("document_id");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_document_author_idx" ON "review_comments" USING btree ("document_author_id");
  CREATE INDEX "review_comments_resolved_idx" ON "review_comments" USING btree ("resolved");
  CREATE INDEX "review_comments_resolved_by_idx" ON "review_comments" USING btree ("resolved_by_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");
  CREATE INDEX "review_comments_rels_order_idx" ON "review_comments_rels" USING btree ("order");
  CREATE INDEX "review_comments_rels_parent_idx" ON "review_comments_rels" USING btree ("parent_id");
  CREATE INDEX "review_comments_rels_path_idx" ON "review_comments_rels" USING btree ("path");
  CREATE INDEX "review_comments_rels_users_id_idx" ON "review_comments_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_science_education_bases_id_idx" ON "payload_locked_documents_rels" USING btree ("science_education_bases_id");
  CREATE INDEX "payload_locked_documents_rels_volunteer_teams_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteer_teams_id");
  CREATE INDEX "payload_locked_documents_rels_awards_id_idx" ON "payload_locked_documents_rels" USING btree ("awards_id");
  CREATE INDEX "payload_locked_documents_rels_award_recipients_id_idx" ON "payload_locked_documents_rels" USING btree ("award_recipients_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_compliance_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("compliance_rules_id");
  CREATE INDEX "payload_locked_documents_rels_award_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("award_notices_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_notification_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("notification_channels_id");
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_locked_documents_rels_review_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_comments_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "homepage_approvals_order_idx" ON "homepage_approvals" USING btree ("_order");
  CREATE INDEX "homepage_approvals_parent_id_idx" ON "homepage_approvals" USING btree ("_parent_id");
  CREATE INDEX "homepage_approvals_reviewer_idx" ON "homepage_approvals" USING btree ("reviewer_id");
  CREATE INDEX "homepage_hero_hero_image_idx" ON "homepage" USING btree ("hero_image_id");
  CREATE INDEX "homepage_workflow_stage_idx" ON "homepage" USING btree ("workflow_stage");
  CREATE INDEX "homepage_workflow_workflow_created_by_idx" ON "homepage" USING btree ("workflow_created_by_id");
  CREATE INDEX "homepage_workflow_workflow_last_edited_by_idx" ON "homepage" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "homepage_workflow_workflow_submitted_by_idx" ON "homepage" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "homepage_workflow_workflow_assignee_idx" ON "homepage" USING btree ("workflow_assignee_id");
  CREATE INDEX "homepage__status_idx" ON "homepage" USING btree ("_status");
  CREATE UNIQUE INDEX "homepage_locales_locale_parent_id_unique" ON "homepage_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "homepage_locales_parent_id_idx" ON "homepage_locales" USING btree ("_parent_id");
  CREATE INDEX "homepage_rels_order_idx" ON "homepage_rels" USING btree ("order");
  CREATE INDEX "homepage_rels_parent_idx" ON "homepage_rels" USING btree ("parent_id");
  CREATE INDEX "homepage_rels_path_idx" ON "homepage_rels" USING btree ("path");
  CREATE INDEX "homepage_rels_articles_id_idx" ON "homepage_rels" USING btree ("articles_id");
  CREATE INDEX "homepage_rels_events_id_idx" ON "homepage_rels" USING btree ("events_id");
  CREATE INDEX "_homepage_approvals_v_order_idx" ON "_homepage_approvals_v" USING btree ("_order");
  CREATE INDEX "_homepage_approvals_v_parent_id_idx" ON "_homepage_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_homepage_approvals_v_reviewer_idx" ON "_homepage_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_homepage_v_version_hero_version_hero_image_idx" ON "_homepage_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_homepage_v_version_version_workflow_stage_idx" ON "_homepage_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_homepage_v_version_workflow_version_workflow_created_by_idx" ON "_homepage_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_homepage_v_version_workflow_version_workflow_last_edite_idx" ON "_homepage_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_homepage_v_version_workflow_version_workflow_submitted__idx" ON "_homepage_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_homepage_v_version_workflow_version_workflow_assignee_idx" ON "_homepage_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_homepage_v_version_version__status_idx" ON "_homepage_v" USING btree ("version__status");
  CREATE INDEX "_homepage_v_created_at_idx" ON "_homepage_v" USING btree ("created_at");
  CREATE INDEX "_homepage_v_updated_at_idx" ON "_homepage_v" USING btree ("updated_at");
  CREATE INDEX "_homepage_v_snapshot_idx" ON "_homepage_v" USING btree ("snapshot");
  CREATE INDEX "_homepage_v_published_locale_idx" ON "_homepage_v" USING btree ("published_locale");
  CREATE INDEX "_homepage_v_latest_idx" ON "_homepage_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_homepage_v_locales_locale_parent_id_unique" ON "_homepage_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_homepage_v_locales_parent_id_idx" ON "_homepage_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_homepage_v_rels_order_idx" ON "_homepage_v_rels" USING btree ("order");
  CREATE INDEX "_homepage_v_rels_parent_idx" ON "_homepage_v_rels" USING btree ("parent_id");
  CREATE INDEX "_homepage_v_rels_path_idx" ON "_homepage_v_rels" USING btree ("path");
  CREATE INDEX "_homepage_v_rels_articles_id_idx" ON "_homepage_v_rels" USING btree ("articles_id");
  CREATE INDEX "_homepage_v_rels_events_id_idx" ON "_homepage_v_rels" USING btree ("events_id");
  CREATE INDEX "official_figures_figures_order_idx" ON "official_figures_figures" USING btree ("_order");
  CREATE INDEX "official_figures_figures_parent_id_idx" ON "official_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "official_figures_figures_locales_locale_parent_id_unique" ON "official_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "official_figures_figures_locales_parent_id_idx" ON "official_figures_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "official_figures_approvals_order_idx" ON "official_figures_approvals" USING btree ("_order");
  CREATE INDEX "official_figures_approvals_parent_id_idx" ON "official_figures_approvals" USING btree ("_parent_id");
  CREATE INDEX "official_figures_approvals_reviewer_idx" ON "official_figures_approvals" USING btree ("reviewer_id");
  CREATE INDEX "official_figures_workflow_stage_idx" ON "official_figures" USING btree ("workflow_stage");
  CREATE INDEX "official_figures_workflow_workflow_created_by_idx" ON "official_figures" USING btree ("workflow_created_by_id");
  CREATE INDEX "official_figures_workflow_workflow_last_edited_by_idx" ON "official_figures" USING btree ("workflow_last_edited_by_id");
  CREATE INDEX "official_figures_workflow_workflow_submitted_by_idx" ON "official_figures" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "official_figures_workflow_workflow_assignee_idx" ON "official_figures" USING btree ("workflow_assignee_id");
  CREATE INDEX "official_figures__status_idx" ON "official_figures" USING btree ("_status");
  CREATE INDEX "_official_figures_v_version_figures_order_idx" ON "_official_figures_v_version_figures" USING btree ("_order");
  CREATE INDEX "_official_figures_v_version_figures_parent_id_idx" ON "_official_figures_v_version_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_official_figures_v_version_figures_locales_locale_parent_id" ON "_official_figures_v_version_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_official_figures_v_version_figures_locales_parent_id_idx" ON "_official_figures_v_version_figures_locales" USING btree ("_parent_id");
  CREATE INDEX "_official_figures_approvals_v_order_idx" ON "_official_figures_approvals_v" USING btree ("_order");
  CREATE INDEX "_official_figures_approvals_v_parent_id_idx" ON "_official_figures_approvals_v" USING btree ("_parent_id");
  CREATE INDEX "_official_figures_approvals_v_reviewer_idx" ON "_official_figures_approvals_v" USING btree ("reviewer_id");
  CREATE INDEX "_official_figures_v_version_version_workflow_stage_idx" ON "_official_figures_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_official_figures_v_version_workflow_version_workflow_cr_idx" ON "_official_figures_v" USING btree ("version_workflow_created_by_id");
  CREATE INDEX "_official_figures_v_version_workflow_version_workflow_la_idx" ON "_official_figures_v" USING btree ("version_workflow_last_edited_by_id");
  CREATE INDEX "_official_figures_v_version_workflow_version_workflow_su_idx" ON "_official_figures_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_official_figures_v_version_workflow_version_workflow_as_idx" ON "_official_figures_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_official_figures_v_version_version__status_idx" ON "_official_figures_v" USING btree ("version__status");
  CREATE INDEX "_official_figures_v_created_at_idx" ON "_official_figures_v" USING btree ("created_at");
  CREATE INDEX "_official_figures_v_updated_at_idx" ON "_official_figures_v" USING btree ("updated_at");
  CREATE INDEX "_official_figures_v_snapshot_idx" ON "_official_figures_v" USING btree ("snapshot");
  CREATE INDEX "_official_figures_v_published_locale_idx" ON "_official_figures_v" USING btree ("published_locale");
  CREATE INDEX "_official_figures_v_latest_idx" ON "_official_figures_v" USING btree ("latest");
  CREATE INDEX "site_settings_footer_links_order_idx" ON "site_settings_footer_links" USING btree ("_order");
  CREATE INDEX "site_settings_footer_links_parent_id_idx" ON "site_settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_footer_links_locales_locale_parent_id_unique" ON "site_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_footer_links_locales_parent_id_idx" ON "site_settings_footer_links_locales" USING btree ("_parent_id");
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");
  CREATE INDEX "site_settings_seo_seo_image_idx" ON "site_settings" USING btree ("seo_image_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_locales_parent_id_idx" ON "site_settings_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_tags" CASCADE;
  DROP TABLE "articles_approvals" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_tags" CASCADE;
  DROP TABLE "_articles_approvals_v" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "events_organizers" CASCADE;
  DROP TABLE "events_partners" CASCADE;
  DROP TABLE "events_approvals" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v_version_organizers" CASCADE;
  DROP TABLE "_events_v_version_partners" CASCADE;
  DROP TABLE "_events_approvals_v" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "science_education_bases_themes" CASCADE;
  DROP TABLE "science_education_bases_approvals" CASCADE;
  DROP TABLE "science_education_bases" CASCADE;
  DROP TABLE "science_education_bases_locales" CASCADE;
  DROP TABLE "science_education_bases_rels" CASCADE;
  DROP TABLE "_science_education_bases_v_version_themes" CASCADE;
  DROP TABLE "_science_education_bases_approvals_v" CASCADE;
  DROP TABLE "_science_education_bases_v" CASCADE;
  DROP TABLE "_science_education_bases_v_locales" CASCADE;
  DROP TABLE "_science_education_bases_v_rels" CASCADE;
  DROP TABLE "volunteer_teams_focus_areas" CASCADE;
  DROP TABLE "volunteer_teams_campaigns" CASCADE;
  DROP TABLE "volunteer_teams_approvals" CASCADE;
  DROP TABLE "volunteer_teams" CASCADE;
  DROP TABLE "volunteer_teams_locales" CASCADE;
  DROP TABLE "_volunteer_teams_v_version_focus_areas" CASCADE;
  DROP TABLE "_volunteer_teams_v_version_campaigns" CASCADE;
  DROP TABLE "_volunteer_teams_approvals_v" CASCADE;
  DROP TABLE "_volunteer_teams_v" CASCADE;
  DROP TABLE "_volunteer_teams_v_locales" CASCADE;
  DROP TABLE "awards_approvals" CASCADE;
  DROP TABLE "awards" CASCADE;
  DROP TABLE "awards_locales" CASCADE;
  DROP TABLE "_awards_approvals_v" CASCADE;
  DROP TABLE "_awards_v" CASCADE;
  DROP TABLE "_awards_v_locales" CASCADE;
  DROP TABLE "award_recipients_approvals" CASCADE;
  DROP TABLE "award_recipients" CASCADE;
  DROP TABLE "award_recipients_locales" CASCADE;
  DROP TABLE "_award_recipients_approvals_v" CASCADE;
  DROP TABLE "_award_recipients_v" CASCADE;
  DROP TABLE "_award_recipients_v_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "releases_globals" CASCADE;
  DROP TABLE "releases_approvals" CASCADE;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "releases_rels" CASCADE;
  DROP TABLE "_releases_v_version_globals" CASCADE;
  DROP TABLE "_releases_approvals_v" CASCADE;
  DROP TABLE "_releases_v" CASCADE;
  DROP TABLE "_releases_v_rels" CASCADE;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "webhooks_events" CASCADE;
  DROP TABLE "webhooks_collections" CASCADE;
  DROP TABLE "webhooks_globals" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "compliance_rules" CASCADE;
  DROP TABLE "award_notices" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "notification_channels_events" CASCADE;
  DROP TABLE "notification_channels" CASCADE;
  DROP TABLE "api_clients_allowed_origins" CASCADE;
  DROP TABLE "api_clients" CASCADE;
  DROP TABLE "review_comments" CASCADE;
  DROP TABLE "review_comments_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "homepage_approvals" CASCADE;
  DROP TABLE "homepage" CASCADE;
  DROP TABLE "homepage_locales" CASCADE;
  DROP TABLE "homepage_rels" CASCADE;
  DROP TABLE "_homepage_approvals_v" CASCADE;
  DROP TABLE "_homepage_v" CASCADE;
  DROP TABLE "_homepage_v_locales" CASCADE;
  DROP TABLE "_homepage_v_rels" CASCADE;
  DROP TABLE "official_figures_figures" CASCADE;
  DROP TABLE "official_figures_figures_locales" CASCADE;
  DROP TABLE "official_figures_approvals" CASCADE;
  DROP TABLE "official_figures" CASCADE;
  DROP TABLE "_official_figures_v_version_figures" CASCADE;
  DROP TABLE "_official_figures_v_version_figures_locales" CASCADE;
  DROP TABLE "_official_figures_approvals_v" CASCADE;
  DROP TABLE "_official_figures_v" CASCADE;
  DROP TABLE "site_settings_footer_links" CASCADE;
  DROP TABLE "site_settings_footer_links_locales" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "workflow_settings" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_workflow_stage";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_workflow_stage";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_events_district";
  DROP TYPE "public"."enum_events_type";
  DROP TYPE "public"."enum_events_workflow_stage";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_district";
  DROP TYPE "public"."enum__events_v_version_type";
  DROP TYPE "public"."enum__events_v_version_workflow_stage";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_science_education_bases_themes";
  DROP TYPE "public"."enum_science_education_bases_level";
  DROP TYPE "public"."enum_science_education_bases_kind";
  DROP TYPE "public"."enum_science_education_bases_district";
  DROP TYPE "public"."enum_science_education_bases_workflow_stage";
  DROP TYPE "public"."enum_science_education_bases_status";
  DROP TYPE "public"."enum__science_education_bases_v_version_themes";
  DROP TYPE "public"."enum__science_education_bases_v_version_level";
  DROP TYPE "public"."enum__science_education_bases_v_version_kind";
  DROP TYPE "public"."enum__science_education_bases_v_version_district";
  DROP TYPE "public"."enum__science_education_bases_v_version_workflow_stage";
  DROP TYPE "public"."enum__science_education_bases_v_version_status";
  DROP TYPE "public"."enum__science_education_bases_v_published_locale";
  DROP TYPE "public"."enum_volunteer_teams_focus_areas";
  DROP TYPE "public"."enum_volunteer_teams_campaigns";
  DROP TYPE "public"."enum_volunteer_teams_district";
  DROP TYPE "public"."enum_volunteer_teams_workflow_stage";
  DROP TYPE "public"."enum_volunteer_teams_status";
  DROP TYPE "public"."enum__volunteer_teams_v_version_focus_areas";
  DROP TYPE "public"."enum__volunteer_teams_v_version_campaigns";
  DROP TYPE "public"."enum__volunteer_teams_v_version_district";
  DROP TYPE "public"."enum__volunteer_teams_v_version_workflow_stage";
  DROP TYPE "public"."enum__volunteer_teams_v_version_status";
  DROP TYPE "public"."enum__volunteer_teams_v_published_locale";
  DROP TYPE "public"."enum_awards_workflow_stage";
  DROP TYPE "public"."enum_awards_status";
  DROP TYPE "public"."enum__awards_v_version_workflow_stage";
  DROP TYPE "public"."enum__awards_v_version_status";
  DROP TYPE "public"."enum__awards_v_published_locale";
  DROP TYPE "public"."enum_award_recipients_gender";
  DROP TYPE "public"."enum_award_recipients_workflow_stage";
  DROP TYPE "public"."enum_award_recipients_notice_status";
  DROP TYPE "public"."enum_award_recipients_status";
  DROP TYPE "public"."enum__award_recipients_v_version_gender";
  DROP TYPE "public"."enum__award_recipients_v_version_workflow_stage";
  DROP TYPE "public"."enum__award_recipients_v_version_notice_status";
  DROP TYPE "public"."enum__award_recipients_v_version_status";
  DROP TYPE "public"."enum__award_recipients_v_published_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_workflow_events_document_collection";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_workflow_events_from_stage";
  DROP TYPE "public"."enum_workflow_events_to_stage";
  DROP TYPE "public"."enum_releases_globals";
  DROP TYPE "public"."enum_releases_workflow_stage";
  DROP TYPE "public"."enum_releases_status";
  DROP TYPE "public"."enum__releases_v_version_globals";
  DROP TYPE "public"."enum__releases_v_version_workflow_stage";
  DROP TYPE "public"."enum__releases_v_version_status";
  DROP TYPE "public"."enum__releases_v_published_locale";
  DROP TYPE "public"."enum_search_index_collection";
  DROP TYPE "public"."enum_webhooks_events";
  DROP TYPE "public"."enum_webhooks_collections";
  DROP TYPE "public"."enum_webhooks_globals";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_compliance_rules_kind";
  DROP TYPE "public"."enum_compliance_rules_category";
  DROP TYPE "public"."enum_award_notices_status";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notification_channels_events";
  DROP TYPE "public"."enum_notification_channels_kind";
  DROP TYPE "public"."enum_review_comments_document_collection";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_homepage_workflow_stage";
  DROP TYPE "public"."enum_homepage_status";
  DROP TYPE "public"."enum__homepage_v_version_workflow_stage";
  DROP TYPE "public"."enum__homepage_v_version_status";
  DROP TYPE "public"."enum__homepage_v_published_locale";
  DROP TYPE "public"."enum_official_figures_workflow_stage";
  DROP TYPE "public"."enum_official_figures_status";
  DROP TYPE "public"."enum__official_figures_v_version_workflow_stage";
  DROP TYPE "public"."enum__official_figures_v_version_status";
  DROP TYPE "public"."enum__official_figures_v_published_locale";`)
}
