import { describe, expect, it } from 'vitest';
describe('setup', () => {
  it('runs in Europe/Berlin', () => {
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).toBe(-60);
  });
});
