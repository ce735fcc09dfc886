import type { Stores } from '../../domain/stores';
import { mongoAuditLog } from './audit-log';
import { mongoCommitteeStore } from './committees';
import { mongoFollowUpStore } from './follow-ups';
import { mongoLocationStore } from './locations';
import { mongoMeetingStore } from './meetings';
import { mongoMembershipStore } from './memberships';
import { mongoOpenItemsSource } from './open-items';
import { mongoPaperStore } from './papers';
import { mongoPersonStore } from './persons';

/** The storage ports of the use cases, implemented on the mongoose models (default connection). */
export function mongoRepositories(): Stores {
  return {
    committees: mongoCommitteeStore,
    persons: mongoPersonStore,
    memberships: mongoMembershipStore,
    meetings: mongoMeetingStore,
    papers: mongoPaperStore,
    locations: mongoLocationStore,
    openItems: mongoOpenItemsSource,
    followUps: mongoFollowUpStore,
    audit: mongoAuditLog,
  };
}
