import type { CommitteeRecord, CommitteeStore } from '../../../server/domain/committees/ports';
import type { LocationStore } from '../../../server/domain/locations/ports';
import type { MeetingChanges, MeetingRecord, MeetingStore } from '../../../server/domain/meetings/ports';

/** A meeting store in memory with the same versioning contract as the MongoDB one. */
export class InMemoryMeetings implements MeetingStore {
  readonly meetings = new Map<string, MeetingRecord>();
  private ids = 0;
  /** Called before each versioned save: lets a test slip in a competing write. */
  beforeSave: (() => void) | undefined;

  async list(): Promise<never> {
    throw new Error('not needed in these tests');
  }
  async findById(id: string) {
    const meeting = this.meetings.get(id);
    return meeting ? structuredClone(meeting) : null;
  }
  async create(meeting: Omit<MeetingRecord, 'id' | 'version' | 'cancelled' | 'state'>) {
    const stored: MeetingRecord = {
      ...meeting,
      id: `m${++this.ids}`,
      version: 0,
      state: 'terminiert',
      cancelled: false,
    };
    this.meetings.set(stored.id, stored);
    return structuredClone(stored);
  }
  async saveIfVersion(id: string, version: number, changes: MeetingChanges) {
    this.beforeSave?.();
    const current = this.meetings.get(id);
    if (!current || current.version !== version) return null;
    const next = { ...current, version: version + 1 } as Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete next[key];
      else if (value !== undefined) next[key] = value;
    }
    this.meetings.set(id, next as unknown as MeetingRecord);
    return structuredClone(next as unknown as MeetingRecord);
  }
  async deleteIfVersion(id: string, version: number) {
    if (this.meetings.get(id)?.version !== version) return false;
    return this.meetings.delete(id);
  }
  newAgendaItemId() {
    return `item${++this.ids}`;
  }
}

export function committeeStoreWith(...committees: CommitteeRecord[]): CommitteeStore {
  const byId = new Map(committees.map((c) => [c.id, c]));
  const unused = async (): Promise<never> => {
    throw new Error('not needed in these tests');
  };
  return {
    list: unused,
    findById: async (id) => byId.get(id) ?? null,
    findByIds: async (ids) => ids.flatMap((id) => byId.get(id) ?? []),
    bodyRules: async () => null,
    create: unused,
    update: unused,
    countReferences: unused,
    delete: unused,
  };
}

export const noLocations: LocationStore = {
  list: async () => [],
  findById: async () => null,
  findByIds: async () => [],
  create: async () => {
    throw new Error('not needed in these tests');
  },
};

export function committee(fields: Partial<CommitteeRecord> = {}): CommitteeRecord {
  return {
    id: 'c1',
    body: 'b1',
    kind: 'committee',
    name: 'UA DiKO',
    shortName: 'UA DiKO',
    restartNumberingInNonPublic: true,
    ...fields,
  };
}
