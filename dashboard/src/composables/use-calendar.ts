import { computed, ref, shallowRef } from 'vue';
import { fetchCommittees } from '../api/committees';
import { fetchMeetingsInRange } from '../api/meetings';
import type { Committee, MeetingSummary } from '../api/types';
import { meetingEvents, toggleCommittee } from './calendar-events';
import { committeeStyles } from './committee-colors';

/** Committees (once) and the meetings of the visible range (once per range). */
export function useCalendar(labels: () => { cancelled: string }) {
  const committees = shallowRef<Committee[]>([]);
  const meetings = shallowRef<MeetingSummary[]>([]);
  const hidden = ref(new Set<string>());
  const error = ref<string | null>(null);
  let loadedRange = '';

  const styles = computed(() => committeeStyles(committees.value));
  const events = computed(() => meetingEvents(meetings.value, styles.value, hidden.value, labels()));
  const sortedCommittees = computed(() =>
    [...committees.value].sort((a, b) => a.name.localeCompare(b.name, 'de')),
  );

  async function loadCommittees() {
    try {
      committees.value = await fetchCommittees();
    } catch (cause) {
      error.value = String(cause);
    }
  }

  async function loadRange(from: Date, to: Date) {
    const key = `${from.toISOString()}/${to.toISOString()}`;
    if (key === loadedRange) return;
    loadedRange = key;
    try {
      meetings.value = await fetchMeetingsInRange(from, to);
      error.value = null;
    } catch (cause) {
      error.value = String(cause);
    }
  }

  return {
    committees: sortedCommittees,
    styles,
    events,
    hidden,
    error,
    loadCommittees,
    loadRange,
    toggle: (committeeId: string) => (hidden.value = toggleCommittee(hidden.value, committeeId)),
    showAll: () => (hidden.value = new Set()),
  };
}
