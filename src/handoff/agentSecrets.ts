// The secrets of agent accounts, the same for every store: scrypt password hashes with a per-account
// salt, random tokens kept only as SHA-256 hashes, and when a session ends.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { SESSION_HOURS } from './agentDirectory';

/** The stored form of a password; throws when it is too short to accept. */
export function hashPassword(password: string): string {
  if (password.length < 8) throw new Error('A password needs at least 8 characters.');
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32).toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  return timingSafeEqual(scryptSync(password, Buffer.from(salt, 'base64'), expected.length), expected);
}

/** The hash under which a token is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new token for the caller and the hash to store. */
export function newToken(): { readonly token: string; readonly hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function sessionEnd(now: Date): Date {
  return new Date(now.getTime() + SESSION_HOURS * 3600_000);
}
