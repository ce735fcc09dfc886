import type { AuditLog } from './audit/ports';
import type { CommitteeStore } from './committees/ports';
import type { FollowUpStore } from './follow-ups/ports';
import type { LocationStore } from './locations/ports';
import type { MeetingStore } from './meetings/ports';
import type { MembershipStore } from './memberships/ports';
import type { OpenItemsSource } from './open-items/ports';
import type { PaperStore } from './papers/ports';
import type { PersonStore } from './persons/ports';

/** Every storage port of the committee use cases; `server/store/repositories` implements them. */
export interface Stores {
  committees: CommitteeStore;
  persons: PersonStore;
  memberships: MembershipStore;
  meetings: MeetingStore;
  papers: PaperStore;
  locations: LocationStore;
  openItems: OpenItemsSource;
  followUps: FollowUpStore;
  audit: AuditLog;
}
