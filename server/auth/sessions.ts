// Who is asking: every request carries a learner (anonymous at first), and a teacher's session also
// carries its user. A token is 32 random bytes; only its sha256 is stored.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db, Writer } from '../db/open-database.ts';
import { prepared } from '../db/prepared.ts';
import { learners, sessions, users } from '../db/schema.ts';

export interface Identity {
  learnerId: string;
  user?: { id: string; name: string; role: 'teacher' | 'admin' };
  via: 'cookie' | 'bearer';
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createLearner(db: Writer, now: number): string {
  const id = randomUUID();
  db.insert(learners).values({ id, createdAt: now }).run();
  return id;
}

export function createSession(
  db: Db,
  options: { kind: 'cookie' | 'bearer'; learnerId: string; userId?: string; now: number; ttlMs: number },
): { token: string; expiresAt: number } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = options.now + options.ttlMs;
  db.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      kind: options.kind,
      learnerId: options.learnerId,
      userId: options.userId ?? null,
      createdAt: options.now,
      expiresAt,
    })
    .run();
  return { token, expiresAt };
}

/** The identity behind a live token, or undefined for an unknown or expired one. */
export function resolveSession(
  db: Db,
  token: string,
  via: 'cookie' | 'bearer',
  now: number,
): Identity | undefined {
  const row = prepared(db, 'resolve-session', (db) =>
    db
      .select({
        learnerId: sessions.learnerId,
        userId: users.id,
        name: users.name,
        role: users.role,
      })
      .from(sessions)
      .leftJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.tokenHash, sql.placeholder('tokenHash')),
          gt(sessions.expiresAt, sql.placeholder('now')),
        ),
      )
      .prepare(),
  ).get({ tokenHash: hashToken(token), now });
  if (!row) return undefined;
  const user =
    row.userId && row.name && row.role ? { id: row.userId, name: row.name, role: row.role } : undefined;
  return { learnerId: row.learnerId, via, ...(user ? { user } : {}) };
}

export function deleteSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)))
    .run();
}

/** Expired sessions are useless rows: main.ts sweeps them at start and then hourly. */
export function deleteExpiredSessions(db: Db, now: number): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
}
