// The database schema (drizzle, SQLite today, Postgres later: only portable column types, no SQLite-only
// SQL). Times are milliseconds since the epoch in integer columns, JSON is stored as text and parsed with
// the contracts' zod schemas on the way out. Migrations are generated from this file (`npm run db:generate`)
// into server/db/migrations and applied at start.
import {
  blob,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const createdAt = () => integer('created_at', { mode: 'number' }).notNull();

/** Anyone who writes code: anonymous until they give a name. */
export const learners = sqliteTable('learners', {
  id: text('id').primaryKey(),
  displayName: text('display_name'),
  createdAt: createdAt(),
});

/** Teachers and admins, who log in with a password (scrypt, per-user salt; see server/auth/password.ts). */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  role: text('role', { enum: ['teacher', 'admin'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  /** The learner identity a teacher uses when trying exercises. */
  learnerId: text('learner_id')
    .notNull()
    .references(() => learners.id),
  createdAt: createdAt(),
});

/**
 * A cookie session or a bearer token. Only the sha256 of the token is stored, so a copy of the database
 * cannot be replayed as anyone's session.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    kind: text('kind', { enum: ['cookie', 'bearer'] }).notNull(),
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id),
    userId: text('user_id').references(() => users.id),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
  },
  (table) => [index('sessions_expires_at').on(table.expiresAt)],
);

export const courses = sqliteTable('courses', {
  slug: text('slug').primaryKey(),
  /** The course spec as loaded (contracts/course-spec.ts). */
  spec: text('spec', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
});

/**
 * A private course's enrolment key, as a scrypt hash (server/auth/password.ts): never in the course file,
 * which is public in git (docs/decisions/011-enrolment-keys.md). Set with `exo course key`. No foreign key
 * to `courses`, so a key can be set before the server first syncs the course file.
 */
export const enrolmentKeys = sqliteTable('enrolment_keys', {
  courseSlug: text('course_slug').primaryKey(),
  keyHash: text('key_hash').notNull(),
  updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
});

export const exercises = sqliteTable('exercises', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  /**
   * The version served to learners: the one matching the folder at the last start (not simply the newest,
   * since a folder can go back to an earlier content). A plain integer: a foreign key here would make the
   * two tables reference each other.
   */
  currentVersionId: integer('current_version_id'),
  createdAt: createdAt(),
});

/**
 * One row per content hash of an exercise folder. `exercise` is the whole loaded Exercise (with hidden
 * tests and solution: it never leaves the server), so an attempt can be graded against its own version
 * long after the folder changed.
 */
export const exerciseVersions = sqliteTable(
  'exercise_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    exerciseId: integer('exercise_id')
      .notNull()
      .references(() => exercises.id),
    contentHash: text('content_hash').notNull(),
    exercise: text('exercise', { mode: 'json' }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('exercise_versions_hash').on(table.exerciseId, table.contentHash)],
);

export const enrolments = sqliteTable(
  'enrolments',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id),
    courseSlug: text('course_slug')
      .notNull()
      .references(() => courses.slug),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.learnerId, table.courseSlug] })],
);

export const attemptStatuses = ['queued', 'running', 'done'] as const;

/** A submission, pinned to the exercise version it is graded against. */
export const attempts = sqliteTable(
  'attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id),
    exerciseVersionId: integer('exercise_version_id')
      .notNull()
      .references(() => exerciseVersions.id),
    code: text('code').notNull(),
    language: text('language', { enum: ['javascript', 'typescript'] }).notNull(),
    status: text('status', { enum: attemptStatuses }).notNull(),
    /** The grader's GradeResult (contracts/grade-result.ts); null until done, or when grading failed. */
    result: text('result', { mode: 'json' }),
    /** The result's status (passed | failed | error), kept apart for progress and statistics queries. */
    verdict: text('verdict', { enum: ['passed', 'failed', 'error'] }),
    /** Why a done attempt has no result: a fault of ours, never the learner's. */
    fault: text('fault'),
    score: real('score'),
    maxScore: real('max_score'),
    createdAt: createdAt(),
    startedAt: integer('started_at', { mode: 'number' }),
    finishedAt: integer('finished_at', { mode: 'number' }),
  },
  (table) => [
    index('attempts_learner').on(table.learnerId, table.exerciseVersionId),
    index('attempts_version').on(table.exerciseVersionId),
    index('attempts_status').on(table.status),
  ],
);

export const drafts = sqliteTable(
  'drafts',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id),
    exerciseId: integer('exercise_id')
      .notNull()
      .references(() => exercises.id),
    code: text('code').notNull(),
    updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.learnerId, table.exerciseId] })],
);

export const hintReveals = sqliteTable(
  'hint_reveals',
  {
    learnerId: text('learner_id')
      .notNull()
      .references(() => learners.id),
    exerciseId: integer('exercise_id')
      .notNull()
      .references(() => exercises.id),
    hintIndex: integer('hint_index').notNull(),
    revealedAt: integer('revealed_at', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.learnerId, table.exerciseId, table.hintIndex] })],
);

/** A later grading of a stored attempt against a newer exercise version; the original result is kept. */
export const regrades = sqliteTable('regrades', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  attemptId: integer('attempt_id')
    .notNull()
    .references(() => attempts.id),
  exerciseVersionId: integer('exercise_version_id')
    .notNull()
    .references(() => exerciseVersions.id),
  result: text('result', { mode: 'json' }).notNull(),
  verdict: text('verdict', { enum: ['passed', 'failed', 'error'] }).notNull(),
  score: real('score').notNull(),
  maxScore: real('max_score').notNull(),
  createdAt: createdAt(),
});

/**
 * A codecast, by its id (a slug, unique across exercises). Its versions are never deleted: a re-recording
 * or an upload adds one and becomes current (docs/decisions/013-codecast-storage.md). A codecast whose
 * folder left exercises/ has no current version: it is no longer listed, and its versions stay.
 */
export const codecasts = sqliteTable('codecasts', {
  id: text('id').primaryKey(),
  currentVersionId: integer('current_version_id'),
  createdAt: createdAt(),
});

/** One row per content hash of a codecast: its manifest (parsed from the stored manifest.json), where it came from. */
export const codecastVersions = sqliteTable(
  'codecast_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    codecastId: text('codecast_id')
      .notNull()
      .references(() => codecasts.id),
    contentHash: text('content_hash').notNull(),
    manifest: text('manifest', { mode: 'json' }).notNull(),
    /** The exercise it is tied to (the folder it sits in, or the manifest's `exercise` for an upload). */
    exercise: text('exercise'),
    source: text('source', { enum: ['folder', 'upload'] }).notNull(),
    /** The teacher who uploaded it; null for a folder synced at start or imported by `exo codecast import`. */
    uploadedBy: text('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('codecast_versions_hash').on(table.codecastId, table.contentHash)],
);

/** File contents by their sha256, shared between versions: a new take with the same audio stores it once. */
export const codecastBlobs = sqliteTable('codecast_blobs', {
  hash: text('hash').primaryKey(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  size: integer('size').notNull(),
});

/** The files of a version (manifest.json, chunks/0000.json, captions, audio), by their path in the codecast. */
export const codecastFiles = sqliteTable(
  'codecast_files',
  {
    versionId: integer('version_id')
      .notNull()
      .references(() => codecastVersions.id),
    path: text('path').notNull(),
    blobHash: text('blob_hash')
      .notNull()
      .references(() => codecastBlobs.hash),
  },
  (table) => [primaryKey({ columns: [table.versionId, table.path] })],
);
