import type { Types } from 'mongoose';
import type { Principal, Role } from '../../../server/domain/access/principal';
import type { BoundChannel, OutboxItem } from '../../../server/domain/announcements/ports';
import type { InquiryAuditEntry, InquiryDeps } from '../../../server/domain/inquiries/ports';
import { mongoInquiryStore } from '../../../server/store/inquiries/mongo-inquiry-store';
import {
  makeBody,
  makeCommittee,
  makeFraktion,
  makeMeeting,
  makeMembership,
  makePerson,
} from '../../support/factories';

/** Monday 1 June 2026, 09:00 in Köln. */
export const NOW = new Date('2026-06-01T09:00:00+02:00');

/** An outbox that keeps what was queued, once per key like the real one. */
export function memoryOutbox() {
  const items = new Map<string, OutboxItem>();
  return {
    items,
    keys: () => [...items.keys()].sort(),
    async enqueue(batch: OutboxItem[]) {
      let fresh = 0;
      for (const item of batch) {
        if (items.has(item.key)) continue;
        items.set(item.key, item);
        fresh += 1;
      }
      return fresh;
    },
    async enqueueUpdate(item: OutboxItem & { operation: 'update' }) {
      items.set(item.key, item);
    },
  };
}

export const PUBLIC_CHANNEL: BoundChannel = {
  bindingId: 'b-public',
  platform: 'slack',
  tenantId: 'T0001',
  channelId: 'C-PUBLIC',
  confidentiality: 'public',
};
export const OFFICE_CHANNEL: BoundChannel = {
  bindingId: 'b-office',
  platform: 'teams',
  tenantId: 'tenant',
  channelId: '19:office',
  confidentiality: 'confidential',
};

/** The use cases on the real store, with memory outbox, audit and two bound channels per committee. */
export function testDeps() {
  const outbox = memoryOutbox();
  const audits: InquiryAuditEntry[] = [];
  const deps: InquiryDeps = {
    store: mongoInquiryStore,
    audit: { record: async (entry) => void audits.push(entry) },
    channels: { activeBindings: async () => [PUBLIC_CHANNEL, OFFICE_CHANNEL] },
    outbox,
    direct: {
      outbox,
      addresses: {
        addressesOf: async (personId) => [
          { platform: 'slack', tenantId: 'T0001', channelId: `D-${personId}` },
        ],
      },
    },
    channelLocale: 'de',
  };
  return { deps, outbox, audits };
}

export function principalFor(
  roles: Role[],
  fields: Partial<
    Pick<Principal, 'personId' | 'officeCommitteeIds' | 'memberCommitteeIds' | 'department'>
  > = {},
): Principal {
  return {
    kind: 'user',
    userId: `user-${roles.join('-')}-${fields.personId ?? fields.department ?? 'x'}`,
    displayName: roles.join(','),
    roles,
    officeCommitteeIds: [],
    memberCommitteeIds: [],
    ...fields,
  };
}

const id = (value: Types.ObjectId) => value.toHexString();

/**
 * A body in NRW with committee A (member Aachen for Fraktion F; Fraktion member Bonn without own
 * seat), committee B (member Celle only), two meetings of A and one of B.
 */
export async function buildCommittees(
  bodyFields: Record<string, unknown> = {},
  rules: Record<string, unknown> = {},
) {
  const body = await makeBody({ state: 'NW', ...bodyFields });
  const committeeA = await makeCommittee(body._id, { shortName: 'UA DiKO', inquiryRules: rules });
  const committeeB = await makeCommittee(body._id, { shortName: 'ADI' });
  const fraktion = await makeFraktion(body._id, { name: 'SPD-Fraktion' });
  const otherFraktion = await makeFraktion(body._id, { name: 'Grüne Fraktion' });
  const aachen = await makePerson(body._id, { familyName: 'Aachen' });
  const bonn = await makePerson(body._id, { familyName: 'Bonn' });
  const celle = await makePerson(body._id, { familyName: 'Celle' });
  await makeMembership(aachen._id, committeeA._id, { onBehalfOf: fraktion._id });
  await makeMembership(aachen._id, fraktion._id);
  await makeMembership(bonn._id, fraktion._id);
  await makeMembership(celle._id, committeeB._id);
  await makeMembership(celle._id, committeeA._id, { endDate: new Date('2025-01-01T00:00:00Z') });
  // Monday 8 June (deadline Wednesday 3 June 12:00: Fronleichnam is skipped) and Monday 22 June.
  const meeting1 = await makeMeeting(body._id, committeeA._id, {
    name: '5. Sitzung UA DiKO',
    start: new Date('2026-06-08T17:00:00+02:00'),
    items: [{ number: '1', name: 'Mitteilungen', public: true }],
  });
  const meeting2 = await makeMeeting(body._id, committeeA._id, {
    name: '6. Sitzung UA DiKO',
    start: new Date('2026-06-22T17:00:00+02:00'),
    items: [
      { number: '1', name: 'Mitteilungen', public: true },
      { number: '2', name: 'Anträge', public: true },
      { number: '1', name: 'Personalangelegenheiten', public: false },
    ],
  });
  const meetingB = await makeMeeting(body._id, committeeB._id, {
    name: 'Sitzung ADI',
    start: new Date('2026-06-10T16:00:00+02:00'),
  });
  return {
    body,
    committeeA: id(committeeA._id),
    committeeB: id(committeeB._id),
    fraktion: id(fraktion._id),
    otherFraktion: id(otherFraktion._id),
    aachen: id(aachen._id),
    bonn: id(bonn._id),
    celle: id(celle._id),
    meeting1: id(meeting1._id),
    meeting2: id(meeting2._id),
    meetingB: id(meetingB._id),
  };
}

export type Committees = Awaited<ReturnType<typeof buildCommittees>>;

export function memberOf(c: Committees, personId: string, committees: string[] = []): Principal {
  return principalFor(['member'], { personId, memberCommitteeIds: committees });
}
