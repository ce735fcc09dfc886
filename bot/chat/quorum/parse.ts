import type { QuorumMeetingItem } from '../../../server/domain/attendance/presence/ports';
import type { QuorumParticipant } from '../../../server/domain/quorum/types';

const TIME = /^\d{1,2}[:.]\d{2}$/;

/** "Pohl 14:15" → name "Pohl", time "14:15"; a trailing "Uhr" is allowed. */
export function splitTime(text: string): { rest: string; time?: string } {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 0 && /^uhr$/i.test(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last && (TIME.test(last) || /^\d{1,2}[:.]\d*$/.test(last) || /^\d{1,2}$/.test(last))) {
    words.pop();
    return { rest: words.join(' '), time: last };
  }
  return { rest: words.join(' ') };
}

export type ItemPart = 'public' | 'nonPublic';

const PARTS: Record<string, ItemPart> = {
  ö: 'public',
  oe: 'public',
  p: 'public',
  nö: 'nonPublic',
  noe: 'nonPublic',
  np: 'nonPublic',
};

/** "Braun TOP 5" / "Braun item nö 7.1" → name, item number and (optionally) the part of the agenda. */
export function splitItem(text: string): { rest: string; number: string; part?: ItemPart } | undefined {
  const match = /^(.*?)\s*\b(?:top|item|tagesordnungspunkt)\s+(?:(ö|oe|p|nö|noe|np)\s*)?(\S+)$/iu.exec(
    text.trim(),
  );
  if (!match) return undefined;
  const part = match[2] ? PARTS[match[2].toLowerCase()] : undefined;
  return { rest: match[1]!.trim(), number: match[3]!.replace(/\.$/, ''), ...(part ? { part } : {}) };
}

export type ItemMatch = { item: QuorumMeetingItem } | { problem: 'unknown' | 'ambiguous' };

export function findItem(items: readonly QuorumMeetingItem[], number: string, part?: ItemPart): ItemMatch {
  const found = items.filter(
    (i) => i.number === number && (part === undefined || i.public === (part === 'public')),
  );
  if (found.length === 1) return { item: found[0]! };
  return { problem: found.length === 0 ? 'unknown' : 'ambiguous' };
}

export type PersonMatch =
  | { participant: QuorumParticipant }
  | { problem: 'unknown' }
  | { problem: 'ambiguous'; candidates: QuorumParticipant[] };

/** "Pohl", "Dr. Krupp", "von der Heide": the printed name ends with it (case and umlaut spelling aside). */
export function findParticipant(participants: readonly QuorumParticipant[], query: string): PersonMatch {
  const wanted = normalized(query);
  const found = participants.filter((p) => {
    const name = normalized(p.name);
    return name === wanted || name.endsWith(` ${wanted}`);
  });
  if (found.length === 1) return { participant: found[0]! };
  if (found.length === 0) return { problem: 'unknown' };
  return { problem: 'ambiguous', candidates: found };
}

function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}
