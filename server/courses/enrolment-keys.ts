// Enrolment keys of private courses: hashed with scrypt like passwords (a copy of the database does not
// give the keys away) and set from the command line (`exo course key`), never in the course file, which
// is public in git. Keys are compared loosely, since teachers read them out or write them on a board:
// case, spaces and dashes do not count.
import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import type { Db } from '../db/open-database.ts';
import { enrolmentKeys } from '../db/schema.ts';

/** Shorter keys fall to a patient guesser even at the enrolment rate limit. */
export const minEnrolmentKeyLength = 8;

/** No look-alikes (0/o, 1/l/i): a key read aloud or copied from a slide is typed right. */
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

export function normalizeEnrolmentKey(key: string): string {
  return key
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s-]+/g, '');
}

/** Three groups of four (`k7mq-2xzp-9fha`): about 59 bits, far out of reach at the enrolment rate limit. */
export function generateEnrolmentKey(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(''),
  );
  return groups.join('-');
}

export class WeakEnrolmentKeyError extends Error {
  override name = 'WeakEnrolmentKeyError';
}

/** Sets or replaces the course's key. Learners already enrolled stay enrolled. */
export async function setEnrolmentKey(db: Db, courseSlug: string, key: string, now: number): Promise<void> {
  const normalized = normalizeEnrolmentKey(key);
  if ([...normalized].length < minEnrolmentKeyLength) {
    throw new WeakEnrolmentKeyError(
      `An enrolment key has at least ${minEnrolmentKeyLength} characters, not counting spaces and dashes.`,
    );
  }
  const keyHash = await hashPassword(normalized);
  db.insert(enrolmentKeys)
    .values({ courseSlug, keyHash, updatedAt: now })
    .onConflictDoUpdate({ target: enrolmentKeys.courseSlug, set: { keyHash, updatedAt: now } })
    .run();
}

export function hasEnrolmentKey(db: Db, courseSlug: string): boolean {
  return findKeyHash(db, courseSlug) !== undefined;
}

/** Whether the key opens the course; false too when the course has no key. */
export async function checkEnrolmentKey(db: Db, courseSlug: string, key: string): Promise<boolean> {
  const keyHash = findKeyHash(db, courseSlug);
  if (keyHash === undefined) return false;
  return verifyPassword(normalizeEnrolmentKey(key), keyHash);
}

function findKeyHash(db: Db, courseSlug: string): string | undefined {
  return db
    .select({ keyHash: enrolmentKeys.keyHash })
    .from(enrolmentKeys)
    .where(eq(enrolmentKeys.courseSlug, courseSlug))
    .get()?.keyHash;
}
