import type {
  StoredTeamsConversation,
  TeamsConversationRecord,
  TeamsConversationStore,
} from './conversation-store';

/** Conversation references kept in memory: for the "Bot ausprobieren" page and tests. */
export class MemoryTeamsConversationStore implements TeamsConversationStore {
  readonly records = new Map<string, StoredTeamsConversation>();

  async activate(record: TeamsConversationRecord) {
    const wasActive = this.records.get(record.conversationId)?.active === true;
    this.records.set(record.conversationId, {
      ...this.records.get(record.conversationId),
      ...record,
      active: true,
    });
    return { wasActive };
  }

  async deactivate(conversationId: string) {
    const record = this.records.get(conversationId);
    const wasActive = record?.active === true;
    if (record) record.active = false;
    return { wasActive };
  }

  async deactivateTeam(teamId: string) {
    const active = [...this.records.values()].filter(
      (record) => record.active && (record.teamId === teamId || record.conversationId === teamId),
    );
    const before = active.map((record) => ({ ...record }));
    for (const record of active) record.active = false;
    return before;
  }

  async find(conversationId: string) {
    return this.records.get(conversationId);
  }
}
