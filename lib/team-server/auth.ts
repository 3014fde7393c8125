/** Passwords (scrypt with a salt), session tokens (only their SHA-256 is stored) and the sign-in throttle. */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export const USERNAME = /^[a-z0-9][a-z0-9._-]{0,39}$/;
export const TOKEN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

const SCRYPT = { N: 16_384, r: 8, p: 1, keylen: 32 } as const;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number; keylen: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, params.keylen, { N: params.N, r: params.r, p: params.p, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** "scrypt$N$r$p$salt$key", salt and key base64url: the parameters travel with the hash, so they can grow later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

// Checked against when the user does not exist, so an unknown name costs the same time as a wrong password.
const DECOY_HASH = hashPassword(randomBytes(16).toString('hex'));

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = (stored ?? (await DECOY_HASH)).split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p), keylen: expected.length });
  return timingSafeEqual(actual, expected) && stored !== undefined;
}

export function generatePassword(): string {
  return randomBytes(18).toString('base64url'); // 24 characters
}

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A session token as sent: 32 bytes in base64url. Anything else is refused before the database is asked. */
export const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * After five failed sign-ins for one IP or one user name, each further try must wait (1 s, doubling, at most
 * 5 minutes) since the last failure. A success clears the user name's and the IP's count.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; last: number }>();

  constructor(
    private readonly freeTries = 5,
    private readonly maxWaitMs = 5 * 60_000,
  ) {}

  /** Milliseconds to wait before another try is heard; 0 when it may go ahead. */
  waitFor(keys: string[], now: number): number {
    return Math.max(0, ...keys.map((key) => this.waitOf(key, now)));
  }

  failed(keys: string[], now: number): void {
    for (const key of keys) {
      const entry = this.failures.get(key);
      this.failures.set(key, { count: (entry?.count ?? 0) + 1, last: now });
    }
    if (this.failures.size > 10_000) this.forgetOld(now);
  }

  succeeded(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private waitOf(key: string, now: number): number {
    const entry = this.failures.get(key);
    if (!entry || entry.count < this.freeTries) return 0;
    const wait = Math.min(this.maxWaitMs, 1000 * 2 ** (entry.count - this.freeTries));
    return Math.max(0, entry.last + wait - now);
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.failures) if (now - entry.last > this.maxWaitMs) this.failures.delete(key);
  }
}
