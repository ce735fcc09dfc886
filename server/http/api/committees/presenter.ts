import type { CommitteeDetail } from '../../../domain/committees/committee-use-cases';
import type { CommitteeRecord } from '../../../domain/committees/ports';

export function presentCommittee(committee: CommitteeRecord) {
  return {
    id: committee.id,
    body: committee.body,
    kind: committee.kind,
    name: committee.name,
    shortName: committee.shortName,
    classification: committee.classification ?? null,
    subOrganizationOf: committee.subOrganizationOf ?? null,
    startDate: committee.startDate ?? null,
    endDate: committee.endDate ?? null,
    website: committee.website ?? null,
    votingMemberCount: committee.votingMemberCount ?? null,
    color: committee.color ?? null,
    agendaTemplate: committee.agendaTemplate ?? [],
    numbering: { restartInNonPublic: committee.restartNumberingInNonPublic },
  };
}

/** With the rules in force and, separately, which of them the committee overrides. */
export function presentCommitteeDetail({ committee, settings }: CommitteeDetail) {
  return {
    ...presentCommittee(committee),
    settings,
    overrides: { quorumRules: committee.quorumRules ?? {}, inquiryRules: committee.inquiryRules ?? {} },
  };
}
