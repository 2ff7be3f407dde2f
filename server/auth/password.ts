// Teachers' passwords, stored as scrypt hashes with a per-user random salt:
// `scrypt$<N>$<r>$<p>$<salt b64url>$<hash b64url>`, so the cost can be raised later without breaking
// stored hashes. Never stored or logged in the clear.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

// N = 2^15 costs ~50 ms on the 2-core machines we run on: slow for a guesser, unnoticeable at login.
const defaultCost = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: N * r * 128 bytes is needed; the default 32 MB is exactly what N = 2^15 needs, plus margin.
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { ...options, maxmem: 64 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, defaultCost);
  const { N, r, p } = defaultCost;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
