// Codecasts in the database: each version's manifest and files (content-addressed blobs, so versions share
// what did not change), which version is current, and reading a file back to serve or export it. Nothing
// here deletes a version (docs/decisions/013-codecast-storage.md).
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { CodecastManifest } from '../../contracts/codecast.ts';
import { parseCodecastManifest } from '../../contracts/codecast-version.ts';
import type { Db, Writer } from './open-database.ts';
import { codecastBlobs, codecastFiles, codecasts, codecastVersions } from './schema.ts';

export interface CodecastToStore {
  id: string;
  contentHash: string;
  manifest: CodecastManifest;
  exercise: string | null;
  /** Every file of the codecast by its path, manifest.json included. */
  files: ReadonlyMap<string, Uint8Array>;
  source: 'folder' | 'upload';
  uploadedBy?: string;
}

export interface StoredCodecast {
  id: string;
  versionId: number;
  version: string;
  manifest: CodecastManifest;
  exercise: string | null;
  source: 'folder' | 'upload';
  createdAt: number;
}

/**
 * Stores the codecast as a version unless its content hash is known. `makeCurrent: 'always'` (an upload,
 * an import) makes it the served version even when known; `'if-new'` (the folder synced at start) only
 * when new, so an upload made since the last commit is not hidden by the older folder at a restart.
 */
export function storeCodecastVersion(
  db: Db,
  codecast: CodecastToStore,
  now: number,
  makeCurrent: 'always' | 'if-new',
): { versionId: number; created: boolean } {
  return db.transaction((tx) => {
    tx.insert(codecasts).values({ id: codecast.id, createdAt: now }).onConflictDoNothing().run();
    const known = tx
      .select({ id: codecastVersions.id })
      .from(codecastVersions)
      .where(
        and(
          eq(codecastVersions.codecastId, codecast.id),
          eq(codecastVersions.contentHash, codecast.contentHash),
        ),
      )
      .get();
    const versionId = known?.id ?? insertVersion(tx, codecast, now);
    const current = tx
      .select({ currentVersionId: codecasts.currentVersionId })
      .from(codecasts)
      .where(eq(codecasts.id, codecast.id))
      .get();
    if (makeCurrent === 'always' || !known || current?.currentVersionId === null)
      tx.update(codecasts).set({ currentVersionId: versionId }).where(eq(codecasts.id, codecast.id)).run();
    return { versionId, created: !known };
  });
}

function insertVersion(tx: Writer, codecast: CodecastToStore, now: number): number {
  const versionId = tx
    .insert(codecastVersions)
    .values({
      codecastId: codecast.id,
      contentHash: codecast.contentHash,
      manifest: codecast.manifest,
      exercise: codecast.exercise,
      source: codecast.source,
      uploadedBy: codecast.uploadedBy ?? null,
      createdAt: now,
    })
    .returning({ id: codecastVersions.id })
    .get().id;
  for (const [path, bytes] of codecast.files) {
    const hash = createHash('sha256').update(bytes).digest('hex');
    tx.insert(codecastBlobs)
      .values({ hash, bytes: Buffer.from(bytes), size: bytes.length })
      .onConflictDoNothing()
      .run();
    tx.insert(codecastFiles).values({ versionId, path, blobHash: hash }).run();
  }
  return versionId;
}

const versionColumns = {
  id: codecastVersions.codecastId,
  versionId: codecastVersions.id,
  version: codecastVersions.contentHash,
  manifest: codecastVersions.manifest,
  exercise: codecastVersions.exercise,
  source: codecastVersions.source,
  createdAt: codecastVersions.createdAt,
};

function toStored(row: {
  id: string;
  versionId: number;
  version: string;
  manifest: unknown;
  exercise: string | null;
  source: 'folder' | 'upload';
  createdAt: number;
}): StoredCodecast {
  const parsed = parseCodecastManifest(row.manifest);
  // Stored after the same check the folder gets: a manifest that no longer parses is our fault.
  if (!parsed.success)
    throw new Error(`codecast ${row.id} version ${row.versionId}: ${parsed.error.message}`);
  return { ...row, manifest: parsed.data };
}

/** The served version of each codecast, by id. */
export function listCurrentCodecasts(db: Db): StoredCodecast[] {
  return db
    .select(versionColumns)
    .from(codecasts)
    .innerJoin(codecastVersions, eq(codecastVersions.id, codecasts.currentVersionId))
    .orderBy(codecasts.id)
    .all()
    .map(toStored);
}

/** The served version, or with `version`, that one (any version ever stored: nothing is lost). */
export function findCodecast(db: Db, id: string, version?: string): StoredCodecast | undefined {
  const row =
    version === undefined
      ? db
          .select(versionColumns)
          .from(codecasts)
          .innerJoin(codecastVersions, eq(codecastVersions.id, codecasts.currentVersionId))
          .where(eq(codecasts.id, id))
          .get()
      : db
          .select(versionColumns)
          .from(codecastVersions)
          .where(and(eq(codecastVersions.codecastId, id), eq(codecastVersions.contentHash, version)))
          .get();
  return row ? toStored(row) : undefined;
}

/** Every version of a codecast, oldest first. */
export function listCodecastVersions(
  db: Db,
  id: string,
): { version: string; source: 'folder' | 'upload'; createdAt: number }[] {
  return db
    .select({
      version: codecastVersions.contentHash,
      source: codecastVersions.source,
      createdAt: codecastVersions.createdAt,
    })
    .from(codecastVersions)
    .where(eq(codecastVersions.codecastId, id))
    .orderBy(codecastVersions.id)
    .all();
}

export function readCodecastFile(db: Db, versionId: number, path: string): Buffer | undefined {
  return db
    .select({ bytes: codecastBlobs.bytes })
    .from(codecastFiles)
    .innerJoin(codecastBlobs, eq(codecastBlobs.hash, codecastFiles.blobHash))
    .where(and(eq(codecastFiles.versionId, versionId), eq(codecastFiles.path, path)))
    .get()?.bytes;
}

/** Every file of a version by path: what `exo codecast export` writes. */
export function readCodecastFiles(db: Db, versionId: number): Map<string, Buffer> {
  const rows = db
    .select({ path: codecastFiles.path, bytes: codecastBlobs.bytes })
    .from(codecastFiles)
    .innerJoin(codecastBlobs, eq(codecastBlobs.hash, codecastFiles.blobHash))
    .where(eq(codecastFiles.versionId, versionId))
    .orderBy(codecastFiles.path)
    .all();
  return new Map(rows.map((row) => [row.path, row.bytes]));
}

/**
 * Codecasts last synced from a folder that is no longer there stop being served; their versions stay, and
 * one whose served version was uploaded is left alone. Returns the ids retired.
 */
export function retireMissingFolderCodecasts(db: Db, present: ReadonlySet<string>): string[] {
  const served = db
    .select({ id: codecasts.id, source: codecastVersions.source })
    .from(codecasts)
    .innerJoin(codecastVersions, eq(codecastVersions.id, codecasts.currentVersionId))
    .where(isNotNull(codecasts.currentVersionId))
    .all();
  const retired = served
    .filter((row) => row.source === 'folder' && !present.has(row.id))
    .map((row) => row.id);
  if (retired.length > 0)
    db.update(codecasts).set({ currentVersionId: null }).where(inArray(codecasts.id, retired)).run();
  return retired;
}
