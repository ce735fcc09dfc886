import { t } from '../i18n/catalog';
import type { CommitteeRef, Turn } from '../deps';

export type CommitteeChoice = { committee: CommitteeRef } | { problem: string };

/**
 * The committee a command is about: the one named; else the one this channel is bound to;
 * else the user's only committee.
 */
export async function resolveCommittee(turn: Turn, name: string | undefined): Promise<CommitteeChoice> {
  const { deps, locale } = turn;
  if (name) {
    const found = await deps.committees.findByName(name);
    if (found.length === 1 && found[0]) return { committee: found[0] };
    return {
      problem:
        found.length === 0 ? t(locale, 'committee.unknown', { name }) : t(locale, 'committee.ambiguous'),
    };
  }
  const bound =
    turn.origin.kind === 'direct'
      ? []
      : await deps.committees.boundTo(turn.origin.platform, turn.origin.channelId);
  const candidates = bound.length > 0 ? bound.map((b) => b.committeeId) : ownCommittees(turn);
  const unique = [...new Set(candidates)];
  if (unique.length === 0) return { problem: t(locale, 'committee.none') };
  if (unique.length > 1) return { problem: t(locale, 'committee.ambiguous') };
  const [committee] = await deps.committees.byIds(unique);
  return committee ? { committee } : { problem: t(locale, 'committee.none') };
}

export function ownCommittees(turn: Turn): string[] {
  const p = turn.principal;
  return p ? [...new Set([...p.memberCommitteeIds, ...p.officeCommitteeIds])] : [];
}
