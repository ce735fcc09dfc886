import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: the secret part of a personal feed address. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a database leak reveals no working feed address. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
