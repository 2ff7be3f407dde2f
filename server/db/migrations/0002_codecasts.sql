CREATE TABLE `codecast_blobs` (
	`hash` text PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL,
	`size` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `codecast_files` (
	`version_id` integer NOT NULL,
	`path` text NOT NULL,
	`blob_hash` text NOT NULL,
	PRIMARY KEY(`version_id`, `path`),
	FOREIGN KEY (`version_id`) REFERENCES `codecast_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`blob_hash`) REFERENCES `codecast_blobs`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `codecast_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`codecast_id` text NOT NULL,
	`content_hash` text NOT NULL,
	`manifest` text NOT NULL,
	`exercise` text,
	`source` text NOT NULL,
	`uploaded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`codecast_id`) REFERENCES `codecasts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codecast_versions_hash` ON `codecast_versions` (`codecast_id`,`content_hash`);--> statement-breakpoint
CREATE TABLE `codecasts` (
	`id` text PRIMARY KEY NOT NULL,
	`current_version_id` integer,
	`created_at` integer NOT NULL
);
