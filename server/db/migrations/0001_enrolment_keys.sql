CREATE TABLE `enrolment_keys` (
	`course_slug` text PRIMARY KEY NOT NULL,
	`key_hash` text NOT NULL,
	`updated_at` integer NOT NULL
);
