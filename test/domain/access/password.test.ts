import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../server/domain/access/password';

describe('password hashing', () => {
  it('stores scrypt with parameters and a per-hash salt, never the password', async () => {
    const first = await hashPassword('Sitzungsgeld 2024!');
    const second = await hashPassword('Sitzungsgeld 2024!');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(first).not.toContain('Sitzungsgeld');
    expect(first).not.toBe(second);
    expect(await verifyPassword('Sitzungsgeld 2024!', first)).toBe(true);
    expect(await verifyPassword('Sitzungsgeld 2024?', first)).toBe(false);
  });

  it('verifies hashes made with other parameters', async () => {
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('alt', salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('alt', stored)).toBe(true);
    expect(await verifyPassword('alt!', stored)).toBe(false);
  });

  it('refuses unknown hash formats loudly', async () => {
    await expect(verifyPassword('x', 'plain-text')).rejects.toThrow(/Unknown password hash format/);
  });
});
