import { describe, expect, it } from 'vitest';
import {
  NRW_INQUIRY_RULES,
  NRW_QUORUM_RULES,
  effectiveRules,
} from '../../../server/domain/committees/rule-settings';

describe('effective rule settings', () => {
  it('falls back to the NRW defaults', () => {
    expect(effectiveRules(undefined, {})).toEqual({
      quorumRules: NRW_QUORUM_RULES,
      inquiryRules: NRW_INQUIRY_RULES,
    });
  });

  it('lets the committee override the body and the body override the defaults, field by field', () => {
    const settings = effectiveRules(
      { inquiryRules: { deadlineDays: 7, deadlineDayKind: 'calendar' } },
      { inquiryRules: { deadlineDays: 2 }, quorumRules: { councilMembersMustOutnumberExperts: true } },
    );
    expect(settings.inquiryRules).toEqual({
      ...NRW_INQUIRY_RULES,
      deadlineDays: 2,
      deadlineDayKind: 'calendar',
    });
    expect(settings.quorumRules.councilMembersMustOutnumberExperts).toBe(true);
  });

  it('treats unset and null overrides as inherited', () => {
    const settings = effectiveRules(
      { inquiryRules: { maxPerMeeting: 3 } },
      { inquiryRules: { maxPerMeeting: undefined, answerDueDays: null as unknown as number } },
    );
    expect(settings.inquiryRules).toMatchObject({ maxPerMeeting: 3, answerDueDays: 14 });
  });
});
