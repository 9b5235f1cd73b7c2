import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_tags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tag\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_tags_order_idx\` ON \`articles_tags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_tags_parent_id_idx\` ON \`articles_tags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_tags_locale_idx\` ON \`articles_tags\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`articles_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_approvals_order_idx\` ON \`articles_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_approvals_parent_id_idx\` ON \`articles_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approvals_reviewer_idx\` ON \`articles_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`cover_image_id\` text(36),
  	\`source_url\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`category_id\` text(36),
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_category_idx\` ON \`articles\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_stage_idx\` ON \`articles\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_created_by_idx\` ON \`articles\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_last_edited_by_idx\` ON \`articles\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_submitted_by_idx\` ON \`articles\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_assignee_idx\` ON \`articles\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`byline\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_id_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` text(36),
  	\`science_education_bases_id\` text(36),
  	\`award_recipients_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`science_education_bases_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_recipients_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_events_id_idx\` ON \`articles_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_science_education_bases_id_idx\` ON \`articles_rels\` (\`science_education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_award_recipients_id_idx\` ON \`articles_rels\` (\`award_recipients_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_tags\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tag\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_tags_order_idx\` ON \`_articles_v_version_tags\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_tags_parent_id_idx\` ON \`_articles_v_version_tags\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_tags_locale_idx\` ON \`_articles_v_version_tags\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_articles_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_approvals_v_order_idx\` ON \`_articles_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_approvals_v_parent_id_idx\` ON \`_articles_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_approvals_v_reviewer_idx\` ON \`_articles_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_cover_image_id\` text(36),
  	\`version_source_url\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_category_id\` text(36),
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_category_idx\` ON \`_articles_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_stage_idx\` ON \`_articles_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_created_by_idx\` ON \`_articles_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_last_edite_idx\` ON \`_articles_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_submitted__idx\` ON \`_articles_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_assignee_idx\` ON \`_articles_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_byline\` text,
  	\`version_source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_id_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` text(36),
  	\`science_education_bases_id\` text(36),
  	\`award_recipients_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`science_education_bases_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_recipients_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_events_id_idx\` ON \`_articles_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_science_education_bases_id_idx\` ON \`_articles_v_rels\` (\`science_education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_award_recipients_id_idx\` ON \`_articles_v_rels\` (\`award_recipients_id\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_locales_parent_id_idx\` ON \`categories_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_organizers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_organizers_order_idx\` ON \`events_organizers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_organizers_parent_id_idx\` ON \`events_organizers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_organizers_locale_idx\` ON \`events_organizers\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`events_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_partners_order_idx\` ON \`events_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_partners_parent_id_idx\` ON \`events_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_partners_locale_idx\` ON \`events_partners\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`events_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_approvals_order_idx\` ON \`events_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_approvals_parent_id_idx\` ON \`events_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_approvals_reviewer_idx\` ON \`events_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`edition\` numeric,
  	\`district\` text,
  	\`cover_image_id\` text(36),
  	\`registration_url\` text,
  	\`attendance_onsite\` numeric,
  	\`attendance_online\` numeric,
  	\`slug\` text,
  	\`type\` text,
  	\`parent_id\` text(36),
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`events_start_date_idx\` ON \`events\` (\`start_date\`);`)
  await db.run(sql`CREATE INDEX \`events_end_date_idx\` ON \`events\` (\`end_date\`);`)
  await db.run(sql`CREATE INDEX \`events_district_idx\` ON \`events\` (\`district\`);`)
  await db.run(sql`CREATE INDEX \`events_cover_image_idx\` ON \`events\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_type_idx\` ON \`events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`events_parent_idx\` ON \`events\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_stage_idx\` ON \`events\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_created_by_idx\` ON \`events\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_last_edited_by_idx\` ON \`events\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_submitted_by_idx\` ON \`events\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_assignee_idx\` ON \`events\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`series\` text,
  	\`venue\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_organizers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_organizers_order_idx\` ON \`_events_v_version_organizers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_organizers_parent_id_idx\` ON \`_events_v_version_organizers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_organizers_locale_idx\` ON \`_events_v_version_organizers\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_partners_order_idx\` ON \`_events_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_partners_parent_id_idx\` ON \`_events_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_partners_locale_idx\` ON \`_events_v_version_partners\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_events_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_approvals_v_order_idx\` ON \`_events_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_approvals_v_parent_id_idx\` ON \`_events_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_approvals_v_reviewer_idx\` ON \`_events_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_edition\` numeric,
  	\`version_district\` text,
  	\`version_cover_image_id\` text(36),
  	\`version_registration_url\` text,
  	\`version_attendance_onsite\` numeric,
  	\`version_attendance_online\` numeric,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_parent_id\` text(36),
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_start_date_idx\` ON \`_events_v\` (\`version_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_end_date_idx\` ON \`_events_v\` (\`version_end_date\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_district_idx\` ON \`_events_v\` (\`version_district\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_cover_image_idx\` ON \`_events_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_type_idx\` ON \`_events_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_parent_idx\` ON \`_events_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_workflow_stage_idx\` ON \`_events_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_created_by_idx\` ON \`_events_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_last_edited__idx\` ON \`_events_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_events_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_assignee_idx\` ON \`_events_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_series\` text,
  	\`version_venue\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`science_education_bases_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`science_education_bases_themes_order_idx\` ON \`science_education_bases_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_themes_parent_idx\` ON \`science_education_bases_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`science_education_bases_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`science_education_bases_approvals_order_idx\` ON \`science_education_bases_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_approvals_parent_id_idx\` ON \`science_education_bases_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_approvals_reviewer_idx\` ON \`science_education_bases_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`science_education_bases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`kind\` text,
  	\`district\` text,
  	\`location_longitude\` numeric,
  	\`location_latitude\` numeric,
  	\`contact_phone\` text,
  	\`url\` text,
  	\`slug\` text,
  	\`year_designated\` numeric,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`science_education_bases_level_idx\` ON \`science_education_bases\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_kind_idx\` ON \`science_education_bases\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_district_idx\` ON \`science_education_bases\` (\`district\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`science_education_bases_slug_idx\` ON \`science_education_bases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_year_designated_idx\` ON \`science_education_bases\` (\`year_designated\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_workflow_stage_idx\` ON \`science_education_bases\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_workflow_workflow_created_by_idx\` ON \`science_education_bases\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_workflow_workflow_last_edited_by_idx\` ON \`science_education_bases\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_workflow_workflow_submitted_by_idx\` ON \`science_education_bases\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_workflow_workflow_assignee_idx\` ON \`science_education_bases\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_updated_at_idx\` ON \`science_education_bases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_created_at_idx\` ON \`science_education_bases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases__status_idx\` ON \`science_education_bases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`science_education_bases_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`address\` text,
  	\`opening_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`science_education_bases_locales_locale_parent_id_unique\` ON \`science_education_bases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_locales_parent_id_idx\` ON \`science_education_bases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`science_education_bases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`science_education_bases_rels_order_idx\` ON \`science_education_bases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_rels_parent_idx\` ON \`science_education_bases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_rels_path_idx\` ON \`science_education_bases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`science_education_bases_rels_media_id_idx\` ON \`science_education_bases_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_science_education_bases_v_version_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_science_education_bases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_themes_order_idx\` ON \`_science_education_bases_v_version_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_themes_parent_idx\` ON \`_science_education_bases_v_version_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_science_education_bases_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_science_education_bases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_science_education_bases_approvals_v_order_idx\` ON \`_science_education_bases_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_approvals_v_parent_id_idx\` ON \`_science_education_bases_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_approvals_v_reviewer_idx\` ON \`_science_education_bases_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_science_education_bases_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_level\` text,
  	\`version_kind\` text,
  	\`version_district\` text,
  	\`version_location_longitude\` numeric,
  	\`version_location_latitude\` numeric,
  	\`version_contact_phone\` text,
  	\`version_url\` text,
  	\`version_slug\` text,
  	\`version_year_designated\` numeric,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_parent_idx\` ON \`_science_education_bases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_level_idx\` ON \`_science_education_bases_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_kind_idx\` ON \`_science_education_bases_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_district_idx\` ON \`_science_education_bases_v\` (\`version_district\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_slug_idx\` ON \`_science_education_bases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_year_designat_idx\` ON \`_science_education_bases_v\` (\`version_year_designated\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_workflow_stag_idx\` ON \`_science_education_bases_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_workflow_version_work_idx\` ON \`_science_education_bases_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_workflow_version_wo_1_idx\` ON \`_science_education_bases_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_workflow_version_wo_2_idx\` ON \`_science_education_bases_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_workflow_version_wo_3_idx\` ON \`_science_education_bases_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_updated_at_idx\` ON \`_science_education_bases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version_created_at_idx\` ON \`_science_education_bases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_version_version__status_idx\` ON \`_science_education_bases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_created_at_idx\` ON \`_science_education_bases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_updated_at_idx\` ON \`_science_education_bases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_snapshot_idx\` ON \`_science_education_bases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_published_locale_idx\` ON \`_science_education_bases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_latest_idx\` ON \`_science_education_bases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_science_education_bases_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_address\` text,
  	\`version_opening_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_science_education_bases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_science_education_bases_v_locales_locale_parent_id_unique\` ON \`_science_education_bases_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_locales_parent_id_idx\` ON \`_science_education_bases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_science_education_bases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_science_education_bases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_rels_order_idx\` ON \`_science_education_bases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_rels_parent_idx\` ON \`_science_education_bases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_rels_path_idx\` ON \`_science_education_bases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_science_education_bases_v_rels_media_id_idx\` ON \`_science_education_bases_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_teams_focus_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_teams_focus_areas_order_idx\` ON \`volunteer_teams_focus_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_focus_areas_parent_idx\` ON \`volunteer_teams_focus_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_teams_campaigns\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_teams_campaigns_order_idx\` ON \`volunteer_teams_campaigns\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_campaigns_parent_idx\` ON \`volunteer_teams_campaigns\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_teams_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_teams_approvals_order_idx\` ON \`volunteer_teams_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_approvals_parent_id_idx\` ON \`volunteer_teams_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_approvals_reviewer_idx\` ON \`volunteer_teams_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_teams\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`district\` text,
  	\`member_count\` numeric,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`slug\` text,
  	\`founded_date\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`volunteer_teams_district_idx\` ON \`volunteer_teams\` (\`district\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`volunteer_teams_slug_idx\` ON \`volunteer_teams\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_workflow_stage_idx\` ON \`volunteer_teams\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_workflow_workflow_created_by_idx\` ON \`volunteer_teams\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_workflow_workflow_last_edited_by_idx\` ON \`volunteer_teams\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_workflow_workflow_submitted_by_idx\` ON \`volunteer_teams\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_workflow_workflow_assignee_idx\` ON \`volunteer_teams\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_updated_at_idx\` ON \`volunteer_teams\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_created_at_idx\` ON \`volunteer_teams\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams__status_idx\` ON \`volunteer_teams\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`volunteer_teams_locales\` (
  	\`name\` text,
  	\`host_organization\` text,
  	\`contact_person\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`volunteer_teams_locales_locale_parent_id_unique\` ON \`volunteer_teams_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`volunteer_teams_locales_parent_id_idx\` ON \`volunteer_teams_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_teams_v_version_focus_areas\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_volunteer_teams_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_focus_areas_order_idx\` ON \`_volunteer_teams_v_version_focus_areas\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_focus_areas_parent_idx\` ON \`_volunteer_teams_v_version_focus_areas\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_teams_v_version_campaigns\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_volunteer_teams_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_campaigns_order_idx\` ON \`_volunteer_teams_v_version_campaigns\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_campaigns_parent_idx\` ON \`_volunteer_teams_v_version_campaigns\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_teams_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_volunteer_teams_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_approvals_v_order_idx\` ON \`_volunteer_teams_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_approvals_v_parent_id_idx\` ON \`_volunteer_teams_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_approvals_v_reviewer_idx\` ON \`_volunteer_teams_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_teams_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_district\` text,
  	\`version_member_count\` numeric,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_slug\` text,
  	\`version_founded_date\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_parent_idx\` ON \`_volunteer_teams_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_version_district_idx\` ON \`_volunteer_teams_v\` (\`version_district\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_version_slug_idx\` ON \`_volunteer_teams_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_version_workflow_stage_idx\` ON \`_volunteer_teams_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_workflow_version_workflow_cre_idx\` ON \`_volunteer_teams_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_workflow_version_workflow_las_idx\` ON \`_volunteer_teams_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_workflow_version_workflow_sub_idx\` ON \`_volunteer_teams_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_workflow_version_workflow_ass_idx\` ON \`_volunteer_teams_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_version_updated_at_idx\` ON \`_volunteer_teams_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_version_created_at_idx\` ON \`_volunteer_teams_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_version_version__status_idx\` ON \`_volunteer_teams_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_created_at_idx\` ON \`_volunteer_teams_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_updated_at_idx\` ON \`_volunteer_teams_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_snapshot_idx\` ON \`_volunteer_teams_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_published_locale_idx\` ON \`_volunteer_teams_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_latest_idx\` ON \`_volunteer_teams_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_volunteer_teams_v_locales\` (
  	\`version_name\` text,
  	\`version_host_organization\` text,
  	\`version_contact_person\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_volunteer_teams_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_volunteer_teams_v_locales_locale_parent_id_unique\` ON \`_volunteer_teams_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_volunteer_teams_v_locales_parent_id_idx\` ON \`_volunteer_teams_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`awards_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`awards_approvals_order_idx\` ON \`awards_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`awards_approvals_parent_id_idx\` ON \`awards_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_approvals_reviewer_idx\` ON \`awards_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`awards\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`first_year\` numeric,
  	\`slug\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_slug_idx\` ON \`awards\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`awards_workflow_stage_idx\` ON \`awards\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`awards_workflow_workflow_created_by_idx\` ON \`awards\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_workflow_workflow_last_edited_by_idx\` ON \`awards\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_workflow_workflow_submitted_by_idx\` ON \`awards\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_workflow_workflow_assignee_idx\` ON \`awards\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_updated_at_idx\` ON \`awards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`awards_created_at_idx\` ON \`awards\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`awards__status_idx\` ON \`awards\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`awards_locales\` (
  	\`name\` text,
  	\`organizer\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_locales_locale_parent_id_unique\` ON \`awards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_locales_parent_id_idx\` ON \`awards_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_awards_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_awards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_awards_approvals_v_order_idx\` ON \`_awards_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_awards_approvals_v_parent_id_idx\` ON \`_awards_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_approvals_v_reviewer_idx\` ON \`_awards_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_awards_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_first_year\` numeric,
  	\`version_slug\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_awards_v_parent_idx\` ON \`_awards_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_slug_idx\` ON \`_awards_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_workflow_stage_idx\` ON \`_awards_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_workflow_version_workflow_created_by_idx\` ON \`_awards_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_workflow_version_workflow_last_edited__idx\` ON \`_awards_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_awards_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_workflow_version_workflow_assignee_idx\` ON \`_awards_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_updated_at_idx\` ON \`_awards_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_created_at_idx\` ON \`_awards_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version__status_idx\` ON \`_awards_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_created_at_idx\` ON \`_awards_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_updated_at_idx\` ON \`_awards_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_snapshot_idx\` ON \`_awards_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_published_locale_idx\` ON \`_awards_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_latest_idx\` ON \`_awards_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_awards_v_locales\` (
  	\`version_name\` text,
  	\`version_organizer\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_awards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_awards_v_locales_locale_parent_id_unique\` ON \`_awards_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_locales_parent_id_idx\` ON \`_awards_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`award_recipients_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`award_recipients_approvals_order_idx\` ON \`award_recipients_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_approvals_parent_id_idx\` ON \`award_recipients_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_approvals_reviewer_idx\` ON \`award_recipients_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`award_recipients\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`award_id\` text(36),
  	\`year\` numeric,
  	\`gender\` text,
  	\`order\` numeric,
  	\`photo_id\` text(36),
  	\`slug\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`notice_status\` text,
  	\`notice_ends_at\` text,
  	\`notice_withdrawal_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`award_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`award_recipients_award_idx\` ON \`award_recipients\` (\`award_id\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_year_idx\` ON \`award_recipients\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_photo_idx\` ON \`award_recipients\` (\`photo_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`award_recipients_slug_idx\` ON \`award_recipients\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_workflow_stage_idx\` ON \`award_recipients\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_workflow_workflow_created_by_idx\` ON \`award_recipients\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_workflow_workflow_last_edited_by_idx\` ON \`award_recipients\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_workflow_workflow_submitted_by_idx\` ON \`award_recipients\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_workflow_workflow_assignee_idx\` ON \`award_recipients\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_notice_status_idx\` ON \`award_recipients\` (\`notice_status\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_notice_ends_at_idx\` ON \`award_recipients\` (\`notice_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_updated_at_idx\` ON \`award_recipients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_created_at_idx\` ON \`award_recipients\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients__status_idx\` ON \`award_recipients\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`award_recipients_locales\` (
  	\`name\` text,
  	\`affiliation\` text,
  	\`discipline\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`citation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`award_recipients_locales_locale_parent_id_unique\` ON \`award_recipients_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`award_recipients_locales_parent_id_idx\` ON \`award_recipients_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_award_recipients_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_award_recipients_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_award_recipients_approvals_v_order_idx\` ON \`_award_recipients_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_approvals_v_parent_id_idx\` ON \`_award_recipients_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_approvals_v_reviewer_idx\` ON \`_award_recipients_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_award_recipients_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_award_id\` text(36),
  	\`version_year\` numeric,
  	\`version_gender\` text,
  	\`version_order\` numeric,
  	\`version_photo_id\` text(36),
  	\`version_slug\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_notice_status\` text,
  	\`version_notice_ends_at\` text,
  	\`version_notice_withdrawal_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_award_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_parent_idx\` ON \`_award_recipients_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_award_idx\` ON \`_award_recipients_v\` (\`version_award_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_year_idx\` ON \`_award_recipients_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_photo_idx\` ON \`_award_recipients_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_slug_idx\` ON \`_award_recipients_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_workflow_stage_idx\` ON \`_award_recipients_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_workflow_version_workflow_cr_idx\` ON \`_award_recipients_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_workflow_version_workflow_la_idx\` ON \`_award_recipients_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_workflow_version_workflow_su_idx\` ON \`_award_recipients_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_workflow_version_workflow_as_idx\` ON \`_award_recipients_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_notice_status_idx\` ON \`_award_recipients_v\` (\`version_notice_status\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_notice_ends_at_idx\` ON \`_award_recipients_v\` (\`version_notice_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_updated_at_idx\` ON \`_award_recipients_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version_created_at_idx\` ON \`_award_recipients_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_version_version__status_idx\` ON \`_award_recipients_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_created_at_idx\` ON \`_award_recipients_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_updated_at_idx\` ON \`_award_recipients_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_snapshot_idx\` ON \`_award_recipients_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_published_locale_idx\` ON \`_award_recipients_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_latest_idx\` ON \`_award_recipients_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_award_recipients_v_locales\` (
  	\`version_name\` text,
  	\`version_affiliation\` text,
  	\`version_discipline\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_citation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_award_recipients_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_award_recipients_v_locales_locale_parent_id_unique\` ON \`_award_recipients_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_award_recipients_v_locales_parent_id_idx\` ON \`_award_recipients_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`revision\` numeric NOT NULL,
  	\`revision_key\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`from_stage\` text,
  	\`to_stage\` text NOT NULL,
  	\`actor\` text,
  	\`actor_name\` text,
  	\`comment\` text,
  	\`review_level\` numeric,
  	\`release\` text,
  	\`assignee\` text,
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`occurred_at\` text NOT NULL,
  	\`compliance_override\` text,
  	\`review_comments\` text,
  	\`prev_hash\` text NOT NULL,
  	\`hash\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_events_sequence_idx\` ON \`workflow_events\` (\`sequence\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_collection_idx\` ON \`workflow_events\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_document_id_idx\` ON \`workflow_events\` (\`document_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_events_revision_key_idx\` ON \`workflow_events\` (\`revision_key\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_release_idx\` ON \`workflow_events\` (\`release\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`releases_globals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_globals_order_idx\` ON \`releases_globals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`releases_globals_parent_idx\` ON \`releases_globals\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`releases_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_approvals_order_idx\` ON \`releases_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`releases_approvals_parent_id_idx\` ON \`releases_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_approvals_reviewer_idx\` ON \`releases_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`releases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`note\` text,
  	\`publish_at\` text,
  	\`unpublish_at\` text,
  	\`submitted_items\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`notice_days\` numeric,
  	\`notice_contact_phone\` text,
  	\`notice_contact_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_workflow_stage_idx\` ON \`releases\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_created_by_idx\` ON \`releases\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_last_edited_by_idx\` ON \`releases\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_submitted_by_idx\` ON \`releases\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_workflow_workflow_assignee_idx\` ON \`releases\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_updated_at_idx\` ON \`releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`releases_created_at_idx\` ON \`releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`releases__status_idx\` ON \`releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`events_id\` text(36),
  	\`science_education_bases_id\` text(36),
  	\`volunteer_teams_id\` text(36),
  	\`awards_id\` text(36),
  	\`award_recipients_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`science_education_bases_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_teams_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awards_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_recipients_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`releases_rels_order_idx\` ON \`releases_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_parent_idx\` ON \`releases_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_path_idx\` ON \`releases_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_articles_id_idx\` ON \`releases_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_events_id_idx\` ON \`releases_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_science_education_bases_id_idx\` ON \`releases_rels\` (\`science_education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_volunteer_teams_id_idx\` ON \`releases_rels\` (\`volunteer_teams_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_awards_id_idx\` ON \`releases_rels\` (\`awards_id\`);`)
  await db.run(sql`CREATE INDEX \`releases_rels_award_recipients_id_idx\` ON \`releases_rels\` (\`award_recipients_id\`);`)
  await db.run(sql`CREATE TABLE \`_releases_v_version_globals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_releases_v_version_globals_order_idx\` ON \`_releases_v_version_globals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_globals_parent_idx\` ON \`_releases_v_version_globals\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_releases_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_releases_approvals_v_order_idx\` ON \`_releases_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_releases_approvals_v_parent_id_idx\` ON \`_releases_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_approvals_v_reviewer_idx\` ON \`_releases_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_releases_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_note\` text,
  	\`version_publish_at\` text,
  	\`version_unpublish_at\` text,
  	\`version_submitted_items\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version_notice_days\` numeric,
  	\`version_notice_contact_phone\` text,
  	\`version_notice_contact_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_releases_v_parent_idx\` ON \`_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version_workflow_stage_idx\` ON \`_releases_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_created_by_idx\` ON \`_releases_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_last_edite_idx\` ON \`_releases_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_submitted__idx\` ON \`_releases_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_workflow_version_workflow_assignee_idx\` ON \`_releases_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version_updated_at_idx\` ON \`_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version_created_at_idx\` ON \`_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_version_version__status_idx\` ON \`_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_created_at_idx\` ON \`_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_updated_at_idx\` ON \`_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_snapshot_idx\` ON \`_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_published_locale_idx\` ON \`_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_latest_idx\` ON \`_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`events_id\` text(36),
  	\`science_education_bases_id\` text(36),
  	\`volunteer_teams_id\` text(36),
  	\`awards_id\` text(36),
  	\`award_recipients_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`science_education_bases_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_teams_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awards_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_recipients_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_order_idx\` ON \`_releases_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_parent_idx\` ON \`_releases_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_path_idx\` ON \`_releases_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_articles_id_idx\` ON \`_releases_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_events_id_idx\` ON \`_releases_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_science_education_bases_id_idx\` ON \`_releases_v_rels\` (\`science_education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_volunteer_teams_id_idx\` ON \`_releases_v_rels\` (\`volunteer_teams_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_awards_id_idx\` ON \`_releases_v_rels\` (\`awards_id\`);`)
  await db.run(sql`CREATE INDEX \`_releases_v_rels_award_recipients_id_idx\` ON \`_releases_v_rels\` (\`award_recipients_id\`);`)
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`chunk\` numeric NOT NULL,
  	\`reader_locales\` text NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`title_pinyin\` text,
  	\`summary\` text,
  	\`summary_pinyin\` text,
  	\`body\` text,
  	\`body_pinyin\` text,
  	\`sort_date\` text,
  	\`source_updated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_doc_id_idx\` ON \`search_index\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_events_order_idx\` ON \`webhooks_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_events_parent_idx\` ON \`webhooks_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_collections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_collections_order_idx\` ON \`webhooks_collections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_collections_parent_idx\` ON \`webhooks_collections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_globals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_globals_order_idx\` ON \`webhooks_globals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_globals_parent_idx\` ON \`webhooks_globals\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`webhook_id\` text(36) NOT NULL,
  	\`event\` text NOT NULL,
  	\`collection\` text,
  	\`document_id\` text,
  	\`job_id\` text,
  	\`attempt\` numeric NOT NULL,
  	\`status_code\` numeric,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`delivered_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_job_id_idx\` ON \`webhook_deliveries\` (\`job_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`compliance_rules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`kind\` text DEFAULT 'block' NOT NULL,
  	\`replacement\` text,
  	\`category\` text DEFAULT 'custom' NOT NULL,
  	\`note\` text,
  	\`enabled\` integer DEFAULT true,
  	\`match_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`compliance_rules_enabled_idx\` ON \`compliance_rules\` (\`enabled\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`compliance_rules_match_key_idx\` ON \`compliance_rules\` (\`match_key\`);`)
  await db.run(sql`CREATE INDEX \`compliance_rules_updated_at_idx\` ON \`compliance_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`compliance_rules_created_at_idx\` ON \`compliance_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`award_notices\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`award_id\` text(36) NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`status\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`release\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`award_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`award_notices_award_idx\` ON \`award_notices\` (\`award_id\`);`)
  await db.run(sql`CREATE INDEX \`award_notices_year_idx\` ON \`award_notices\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`award_notices_status_idx\` ON \`award_notices\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`award_notices_ends_at_idx\` ON \`award_notices\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`award_notices_release_idx\` ON \`award_notices\` (\`release\`);`)
  await db.run(sql`CREATE INDEX \`award_notices_updated_at_idx\` ON \`award_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`award_notices_created_at_idx\` ON \`award_notices\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`recipient_id\` text(36) NOT NULL,
  	\`kind\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`document_collection\` text,
  	\`document_id\` text,
  	\`document_title\` text,
  	\`actor_id\` text(36),
  	\`actor_name\` text,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_document_id_idx\` ON \`notifications\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_actor_idx\` ON \`notifications\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notification_channels_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`notification_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`notification_channels_events_order_idx\` ON \`notification_channels_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`notification_channels_events_parent_idx\` ON \`notification_channels_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notification_channels\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`notification_channels_updated_at_idx\` ON \`notification_channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notification_channels_created_at_idx\` ON \`notification_channels\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`api_clients_allowed_origins\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`origin\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`api_clients_allowed_origins_order_idx\` ON \`api_clients_allowed_origins\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_allowed_origins_parent_id_idx\` ON \`api_clients_allowed_origins\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`api_clients\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`reads_per_minute\` numeric,
  	\`can_preview_drafts\` integer DEFAULT false,
  	\`is_revoked\` integer DEFAULT false,
  	\`key_prefix\` text,
  	\`key_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`api_clients_key_prefix_idx\` ON \`api_clients\` (\`key_prefix\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_updated_at_idx\` ON \`api_clients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_created_at_idx\` ON \`api_clients\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`round\` numeric,
  	\`revision\` numeric,
  	\`field_path\` text,
  	\`passage\` text,
  	\`body\` text NOT NULL,
  	\`author_id\` text(36),
  	\`document_author_id\` text(36),
  	\`resolved\` integer DEFAULT false,
  	\`resolved_by_id\` text(36),
  	\`resolved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`document_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`resolved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_document_collection_idx\` ON \`review_comments\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_document_id_idx\` ON \`review_comments\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_document_author_idx\` ON \`review_comments\` (\`document_author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_resolved_idx\` ON \`review_comments\` (\`resolved\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_resolved_by_idx\` ON \`review_comments\` (\`resolved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_rels_order_idx\` ON \`review_comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_parent_idx\` ON \`review_comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_path_idx\` ON \`review_comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_users_id_idx\` ON \`review_comments_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`categories_id\` text(36),
  	\`media_id\` text(36),
  	\`events_id\` text(36),
  	\`science_education_bases_id\` text(36),
  	\`volunteer_teams_id\` text(36),
  	\`awards_id\` text(36),
  	\`award_recipients_id\` text(36),
  	\`users_id\` text(36),
  	\`workflow_events_id\` text(36),
  	\`releases_id\` text(36),
  	\`search_index_id\` text(36),
  	\`webhooks_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
  	\`compliance_rules_id\` text(36),
  	\`award_notices_id\` text(36),
  	\`notifications_id\` text(36),
  	\`notification_channels_id\` text(36),
  	\`api_clients_id\` text(36),
  	\`review_comments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`science_education_bases_id\`) REFERENCES \`science_education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`volunteer_teams_id\`) REFERENCES \`volunteer_teams\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awards_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_recipients_id\`) REFERENCES \`award_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`releases_id\`) REFERENCES \`releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compliance_rules_id\`) REFERENCES \`compliance_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`award_notices_id\`) REFERENCES \`award_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notification_channels_id\`) REFERENCES \`notification_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_comments_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_science_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`science_education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_teams_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_teams_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_awards_id_idx\` ON \`payload_locked_documents_rels\` (\`awards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_recipients_id_idx\` ON \`payload_locked_documents_rels\` (\`award_recipients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_award_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`award_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notification_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`notification_channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`homepage_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`homepage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`homepage_approvals_order_idx\` ON \`homepage_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`homepage_approvals_parent_id_idx\` ON \`homepage_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_approvals_reviewer_idx\` ON \`homepage_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`homepage\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`hero_image_id\` text(36),
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`homepage_hero_hero_image_idx\` ON \`homepage\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_workflow_stage_idx\` ON \`homepage\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`homepage_workflow_workflow_created_by_idx\` ON \`homepage\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_workflow_workflow_last_edited_by_idx\` ON \`homepage\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_workflow_workflow_submitted_by_idx\` ON \`homepage\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_workflow_workflow_assignee_idx\` ON \`homepage\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage__status_idx\` ON \`homepage\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`homepage_locales\` (
  	\`hero_heading\` text,
  	\`hero_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`homepage\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`homepage_locales_locale_parent_id_unique\` ON \`homepage_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_locales_parent_id_idx\` ON \`homepage_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`homepage_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`events_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`homepage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`homepage_rels_order_idx\` ON \`homepage_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_parent_idx\` ON \`homepage_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_path_idx\` ON \`homepage_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_articles_id_idx\` ON \`homepage_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`homepage_rels_events_id_idx\` ON \`homepage_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE TABLE \`_homepage_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_homepage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_homepage_approvals_v_order_idx\` ON \`_homepage_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_approvals_v_parent_id_idx\` ON \`_homepage_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_approvals_v_reviewer_idx\` ON \`_homepage_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_homepage_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_hero_image_id\` text(36),
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_homepage_v_version_hero_version_hero_image_idx\` ON \`_homepage_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_version_version_workflow_stage_idx\` ON \`_homepage_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_version_workflow_version_workflow_created_by_idx\` ON \`_homepage_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_version_workflow_version_workflow_last_edite_idx\` ON \`_homepage_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_version_workflow_version_workflow_submitted__idx\` ON \`_homepage_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_version_workflow_version_workflow_assignee_idx\` ON \`_homepage_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_version_version__status_idx\` ON \`_homepage_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_created_at_idx\` ON \`_homepage_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_updated_at_idx\` ON \`_homepage_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_snapshot_idx\` ON \`_homepage_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_published_locale_idx\` ON \`_homepage_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_latest_idx\` ON \`_homepage_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_homepage_v_locales\` (
  	\`version_hero_heading\` text,
  	\`version_hero_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_homepage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_homepage_v_locales_locale_parent_id_unique\` ON \`_homepage_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_locales_parent_id_idx\` ON \`_homepage_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_homepage_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`events_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_homepage_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_homepage_v_rels_order_idx\` ON \`_homepage_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_rels_parent_idx\` ON \`_homepage_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_rels_path_idx\` ON \`_homepage_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_rels_articles_id_idx\` ON \`_homepage_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_homepage_v_rels_events_id_idx\` ON \`_homepage_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE TABLE \`official_figures_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` numeric,
  	\`is_lower_bound\` integer DEFAULT false,
  	\`as_of\` text,
  	\`source_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`official_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`official_figures_figures_order_idx\` ON \`official_figures_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_figures_parent_id_idx\` ON \`official_figures_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`official_figures_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`official_figures_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`official_figures_figures_locales_locale_parent_id_unique\` ON \`official_figures_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_figures_locales_parent_id_idx\` ON \`official_figures_figures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`official_figures_approvals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`official_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`official_figures_approvals_order_idx\` ON \`official_figures_approvals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_approvals_parent_id_idx\` ON \`official_figures_approvals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_approvals_reviewer_idx\` ON \`official_figures_approvals\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`official_figures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_created_by_id\` text(36),
  	\`workflow_last_edited_by_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_submitted_at\` text,
  	\`workflow_assignee_id\` text(36),
  	\`workflow_required_approvals\` numeric,
  	\`workflow_publish_at\` text,
  	\`workflow_unpublish_at\` text,
  	\`workflow_revision\` numeric DEFAULT 0,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`official_figures_workflow_stage_idx\` ON \`official_figures\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_workflow_workflow_created_by_idx\` ON \`official_figures\` (\`workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_workflow_workflow_last_edited_by_idx\` ON \`official_figures\` (\`workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_workflow_workflow_submitted_by_idx\` ON \`official_figures\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`official_figures_workflow_workflow_assignee_idx\` ON \`official_figures\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`official_figures__status_idx\` ON \`official_figures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_official_figures_v_version_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` numeric,
  	\`is_lower_bound\` integer DEFAULT false,
  	\`as_of\` text,
  	\`source_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_official_figures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_figures_order_idx\` ON \`_official_figures_v_version_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_figures_parent_id_idx\` ON \`_official_figures_v_version_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_official_figures_v_version_figures_locales\` (
  	\`label\` text,
  	\`unit\` text,
  	\`source\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_official_figures_v_version_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_official_figures_v_version_figures_locales_locale_parent_id\` ON \`_official_figures_v_version_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_figures_locales_parent_id_idx\` ON \`_official_figures_v_version_figures_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_official_figures_approvals_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`reviewer_id\` text(36),
  	\`level\` numeric,
  	\`approved_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_official_figures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_official_figures_approvals_v_order_idx\` ON \`_official_figures_approvals_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_approvals_v_parent_id_idx\` ON \`_official_figures_approvals_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_approvals_v_reviewer_idx\` ON \`_official_figures_approvals_v\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_official_figures_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_created_by_id\` text(36),
  	\`version_workflow_last_edited_by_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_submitted_at\` text,
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_required_approvals\` numeric,
  	\`version_workflow_publish_at\` text,
  	\`version_workflow_unpublish_at\` text,
  	\`version_workflow_revision\` numeric DEFAULT 0,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`version_workflow_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_version_workflow_stage_idx\` ON \`_official_figures_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_workflow_version_workflow_cr_idx\` ON \`_official_figures_v\` (\`version_workflow_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_workflow_version_workflow_la_idx\` ON \`_official_figures_v\` (\`version_workflow_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_workflow_version_workflow_su_idx\` ON \`_official_figures_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_workflow_version_workflow_as_idx\` ON \`_official_figures_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_version_version__status_idx\` ON \`_official_figures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_created_at_idx\` ON \`_official_figures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_updated_at_idx\` ON \`_official_figures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_snapshot_idx\` ON \`_official_figures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_published_locale_idx\` ON \`_official_figures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_official_figures_v_latest_idx\` ON \`_official_figures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_order_idx\` ON \`site_settings_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_parent_id_idx\` ON \`site_settings_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_footer_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_footer_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_footer_links_locales_locale_parent_id_unique\` ON \`site_settings_footer_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_locales_parent_id_idx\` ON \`site_settings_footer_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`logo_id\` text(36),
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`icp_number\` text,
  	\`public_security_filing_number\` text,
  	\`seo_image_id\` text(36),
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_seo_seo_image_idx\` ON \`site_settings\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`site_name\` text,
  	\`contact_address\` text,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_locales_parent_id_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`review_levels_articles\` numeric DEFAULT 2,
  	\`review_levels_events\` numeric DEFAULT 1,
  	\`review_levels_science_education_bases\` numeric DEFAULT 1,
  	\`review_levels_volunteer_teams\` numeric DEFAULT 1,
  	\`review_levels_awards\` numeric DEFAULT 1,
  	\`review_levels_award_recipients\` numeric DEFAULT 1,
  	\`review_levels_homepage\` numeric DEFAULT 1,
  	\`review_levels_official_figures\` numeric DEFAULT 1,
  	\`review_levels_releases\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_tags\`;`)
  await db.run(sql`DROP TABLE \`articles_approvals\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_tags\`;`)
  await db.run(sql`DROP TABLE \`_articles_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`events_organizers\`;`)
  await db.run(sql`DROP TABLE \`events_partners\`;`)
  await db.run(sql`DROP TABLE \`events_approvals\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_organizers\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_events_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`science_education_bases_themes\`;`)
  await db.run(sql`DROP TABLE \`science_education_bases_approvals\`;`)
  await db.run(sql`DROP TABLE \`science_education_bases\`;`)
  await db.run(sql`DROP TABLE \`science_education_bases_locales\`;`)
  await db.run(sql`DROP TABLE \`science_education_bases_rels\`;`)
  await db.run(sql`DROP TABLE \`_science_education_bases_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_science_education_bases_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_science_education_bases_v\`;`)
  await db.run(sql`DROP TABLE \`_science_education_bases_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_science_education_bases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`volunteer_teams_focus_areas\`;`)
  await db.run(sql`DROP TABLE \`volunteer_teams_campaigns\`;`)
  await db.run(sql`DROP TABLE \`volunteer_teams_approvals\`;`)
  await db.run(sql`DROP TABLE \`volunteer_teams\`;`)
  await db.run(sql`DROP TABLE \`volunteer_teams_locales\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_teams_v_version_focus_areas\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_teams_v_version_campaigns\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_teams_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_teams_v\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_teams_v_locales\`;`)
  await db.run(sql`DROP TABLE \`awards_approvals\`;`)
  await db.run(sql`DROP TABLE \`awards\`;`)
  await db.run(sql`DROP TABLE \`awards_locales\`;`)
  await db.run(sql`DROP TABLE \`_awards_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_awards_v\`;`)
  await db.run(sql`DROP TABLE \`_awards_v_locales\`;`)
  await db.run(sql`DROP TABLE \`award_recipients_approvals\`;`)
  await db.run(sql`DROP TABLE \`award_recipients\`;`)
  await db.run(sql`DROP TABLE \`award_recipients_locales\`;`)
  await db.run(sql`DROP TABLE \`_award_recipients_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_award_recipients_v\`;`)
  await db.run(sql`DROP TABLE \`_award_recipients_v_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`releases_globals\`;`)
  await db.run(sql`DROP TABLE \`releases_approvals\`;`)
  await db.run(sql`DROP TABLE \`releases\`;`)
  await db.run(sql`DROP TABLE \`releases_rels\`;`)
  await db.run(sql`DROP TABLE \`_releases_v_version_globals\`;`)
  await db.run(sql`DROP TABLE \`_releases_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_releases_v_rels\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks_collections\`;`)
  await db.run(sql`DROP TABLE \`webhooks_globals\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`compliance_rules\`;`)
  await db.run(sql`DROP TABLE \`award_notices\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`notification_channels_events\`;`)
  await db.run(sql`DROP TABLE \`notification_channels\`;`)
  await db.run(sql`DROP TABLE \`api_clients_allowed_origins\`;`)
  await db.run(sql`DROP TABLE \`api_clients\`;`)
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`review_comments_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`homepage_approvals\`;`)
  await db.run(sql`DROP TABLE \`homepage\`;`)
  await db.run(sql`DROP TABLE \`homepage_locales\`;`)
  await db.run(sql`DROP TABLE \`homepage_rels\`;`)
  await db.run(sql`DROP TABLE \`_homepage_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_homepage_v\`;`)
  await db.run(sql`DROP TABLE \`_homepage_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_homepage_v_rels\`;`)
  await db.run(sql`DROP TABLE \`official_figures_figures\`;`)
  await db.run(sql`DROP TABLE \`official_figures_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`official_figures_approvals\`;`)
  await db.run(sql`DROP TABLE \`official_figures\`;`)
  await db.run(sql`DROP TABLE \`_official_figures_v_version_figures\`;`)
  await db.run(sql`DROP TABLE \`_official_figures_v_version_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_official_figures_approvals_v\`;`)
  await db.run(sql`DROP TABLE \`_official_figures_v\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings\`;`)
}
