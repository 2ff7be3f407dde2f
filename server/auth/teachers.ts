// Creating teachers and checking their passwords: used by `exo teacher add`, by main.ts for the demo
// teacher of a fresh database, and by POST /api/auth/login.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/open-database.ts';
import { users } from '../db/schema.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createLearner } from './sessions.ts';

export const minPasswordLength = 8;

export class TeacherExistsError extends Error {
  override name = 'TeacherExistsError';
}

export async function addTeacher(
  db: Db,
  input: { name: string; password: string; role?: 'teacher' | 'admin'; now: number },
): Promise<string> {
  if (db.select({ id: users.id }).from(users).where(eq(users.name, input.name)).get()) {
    throw new TeacherExistsError(`A user named "${input.name}" already exists.`);
  }
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  db.transaction((tx) => {
    const learnerId = createLearner(tx, input.now);
    tx.insert(users)
      .values({
        id,
        name: input.name,
        role: input.role ?? 'teacher',
        passwordHash,
        learnerId,
        createdAt: input.now,
      })
      .run();
  });
  return id;
}

/** The user for a right name and password; undefined otherwise, in about the same time either way. */
export async function checkTeacherPassword(
  db: Db,
  name: string,
  password: string,
): Promise<{ id: string; learnerId: string } | undefined> {
  const row = db.select().from(users).where(eq(users.name, name)).get();
  // Hash even for an unknown name, so the response time does not tell which names exist.
  const ok = await verifyPassword(password, row?.passwordHash ?? dummyHash);
  return row && ok ? { id: row.id, learnerId: row.learnerId } : undefined;
}

export function hasUsers(db: Db): boolean {
  return db.select({ id: users.id }).from(users).limit(1).get() !== undefined;
}

const dummyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
