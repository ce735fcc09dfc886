// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isEmbeddedInTeams } from '../../dashboard/src/composables/teams';

function windowLike(search: string, framed: boolean): Window {
  const win: { location: { search: string }; parent?: unknown } = { location: { search } };
  win.parent = framed ? {} : win;
  return win as unknown as Window;
}

describe('Teams tab detection', () => {
  it('is off in a plain browser tab', () => {
    expect(isEmbeddedInTeams(windowLike('', false))).toBe(false);
  });

  it('is on when framed by a host or asked for with ?teams=1', () => {
    expect(isEmbeddedInTeams(windowLike('', true))).toBe(true);
    expect(isEmbeddedInTeams(windowLike('?teams=1', false))).toBe(true);
  });
});
