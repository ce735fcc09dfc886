import type { AnnouncementDeps } from '../../../domain/announcements/ports';
import type { Stores } from '../../../domain/stores';

export interface DashboardApiDeps {
  stores: Stores;
  clock: () => Date;
  /** Set when chat is wired: changes to a published meeting update its posts and are announced. */
  announcements?: AnnouncementDeps;
}
