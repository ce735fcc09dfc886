export { MemoryTeamsConversationStore } from '../../../../bot/teams/memory-conversation-store';

/** In-memory stand-in for the intake dedupe: runs each key once. */
export function memoryProcessOnce() {
  const seen = new Set<string>();
  return async (key: string, fn: () => Promise<void>) => {
    if (seen.has(key)) return false;
    seen.add(key);
    await fn();
    return true;
  };
}
