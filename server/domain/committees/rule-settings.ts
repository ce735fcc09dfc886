/** Beschlussfähigkeit settings (§ 49 GO NRW and the committee's rules). */
export interface QuorumRules {
  threshold: 'moreThanHalf';
  mayorCountsAsMember: boolean;
  councilMembersMustOutnumberExperts: boolean;
  deemedQuorateUntilEstablished: boolean;
}

/** Anfragen rules from the Geschäftsordnung. */
export interface InquiryRules {
  deadlineDays: number;
  deadlineDayKind: 'working' | 'calendar';
  /** Local time (HH:mm) on the deadline day after which a filing is late. */
  deadlineCutoff: string;
  maxPerMeeting: number;
  limitPer: 'member' | 'fraktion';
  answerDueDays: number;
}

export const NRW_QUORUM_RULES: QuorumRules = {
  threshold: 'moreThanHalf',
  mayorCountsAsMember: false,
  councilMembersMustOutnumberExperts: false,
  deemedQuorateUntilEstablished: true,
};

export const NRW_INQUIRY_RULES: InquiryRules = {
  deadlineDays: 2,
  deadlineDayKind: 'working',
  deadlineCutoff: '12:00',
  maxPerMeeting: 2,
  limitPer: 'member',
  answerDueDays: 14,
};

export interface RuleSettings {
  quorumRules: QuorumRules;
  inquiryRules: InquiryRules;
}

/** What is set wins: the committee's override over the body's setting over the NRW default. */
export function effectiveRules(
  body: { quorumRules?: Partial<QuorumRules>; inquiryRules?: Partial<InquiryRules> } | undefined,
  committee: { quorumRules?: Partial<QuorumRules>; inquiryRules?: Partial<InquiryRules> },
): RuleSettings {
  return {
    quorumRules: {
      ...NRW_QUORUM_RULES,
      ...definedOnly(body?.quorumRules),
      ...definedOnly(committee.quorumRules),
    },
    inquiryRules: {
      ...NRW_INQUIRY_RULES,
      ...definedOnly(body?.inquiryRules),
      ...definedOnly(committee.inquiryRules),
    },
  };
}

function definedOnly<T extends object>(values: Partial<T> | undefined): Partial<T> {
  if (!values) return {};
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}
