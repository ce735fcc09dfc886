import type { AnnouncementDeps } from '../domain/announcements/ports';
import type { Stores } from '../domain/stores';
import { mongoDirectAddressBook } from '../store/chat/direct-addresses';
import { mongoRepositories } from '../store/repositories/index';
import { createAnnouncementDeps } from './chat';
import type { WorkflowContext } from './workflow';

/** The context every workflow is built from, on MongoDB and the outbox; parts already built are passed in. */
export function createWorkflowContext(options: {
  clock: () => Date;
  announcements?: AnnouncementDeps;
  stores?: Stores;
  onQueued?: () => void;
}): WorkflowContext {
  const announcements = options.announcements ?? createAnnouncementDeps({ clock: options.clock });
  return {
    clock: options.clock,
    stores: options.stores ?? mongoRepositories(),
    announcements,
    direct: { addresses: mongoDirectAddressBook, outbox: announcements.outbox },
    onQueued: options.onQueued ?? (() => undefined),
  };
}
