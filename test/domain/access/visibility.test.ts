import { describe, expect, it } from 'vitest';
import { PUBLIC, type Principal } from '../../../server/domain/access/principal';
import {
  confidentialScope,
  mayEditPaperOf,
  mayReadPaper,
  maySeeContactDetails,
} from '../../../server/domain/access/visibility';

const user = (fields: Partial<Principal>): Principal => ({
  kind: 'user',
  userId: 'u',
  displayName: 'u',
  roles: [],
  officeCommitteeIds: [],
  memberCommitteeIds: [],
  ...fields,
});

describe('confidential scope', () => {
  it('is everything for heads and admins, nothing for the public', () => {
    expect(confidentialScope(user({ roles: ['head'] }))).toEqual({ all: true });
    expect(confidentialScope(PUBLIC)).toEqual({ all: false, committeeIds: [] });
  });

  it('joins office and member committees, and ignores office ids without the office role', () => {
    expect(
      confidentialScope(
        user({ roles: ['office'], officeCommitteeIds: ['A'], memberCommitteeIds: ['B', 'A'] }),
      ),
    ).toEqual({
      all: false,
      committeeIds: ['A', 'B'],
    });
    expect(confidentialScope(user({ roles: ['member'], officeCommitteeIds: ['A'] }))).toEqual({
      all: false,
      committeeIds: [],
    });
  });
});

describe('papers', () => {
  const secret = { public: false, organizations: ['A', 'C'] };

  it('reads a non-public paper with rights in any consulting committee', () => {
    expect(mayReadPaper(user({ memberCommitteeIds: ['C'] }), secret)).toBe(true);
    expect(mayReadPaper(user({ memberCommitteeIds: ['B'] }), secret)).toBe(false);
    expect(mayReadPaper(PUBLIC, secret)).toBe(false);
    expect(mayReadPaper(PUBLIC, { ...secret, public: true })).toBe(true);
  });

  it('edits with the office of a consulting committee', () => {
    expect(mayEditPaperOf(user({ roles: ['office'], officeCommitteeIds: ['C'] }), ['A', 'C'])).toBe(true);
    expect(mayEditPaperOf(user({ roles: ['office'], officeCommitteeIds: ['B'] }), ['A', 'C'])).toBe(false);
    expect(mayEditPaperOf(user({ roles: ['admin'] }), ['A'])).toBe(true);
  });
});

describe('contact details', () => {
  it('are for the administration and the person themself', () => {
    expect(maySeeContactDetails(user({ roles: ['member'], personId: 'p1' }), 'p1')).toBe(true);
    expect(maySeeContactDetails(user({ roles: ['member'], personId: 'p2' }), 'p1')).toBe(false);
    expect(maySeeContactDetails(user({ roles: ['department'] }), 'p1')).toBe(false);
    expect(maySeeContactDetails(user({ roles: ['office'] }), 'p1')).toBe(true);
    expect(maySeeContactDetails(PUBLIC, 'p1')).toBe(false);
  });
});
