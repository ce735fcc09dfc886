/**
 * Splits "UA DiKO Der Raum ändert sich" into committee and text: an explicit ":" or "|" after the
 * committee wins; otherwise the longest leading words that name a known committee.
 */
export function splitAnnouncement(
  rest: string,
  isCommittee: (name: string) => boolean,
): { committee: string; text: string } | undefined {
  const separator = rest.search(/[:|]/);
  if (separator > 0) {
    const committee = rest.slice(0, separator).trim();
    const text = rest.slice(separator + 1).trim();
    return committee && text ? { committee, text } : undefined;
  }
  const words = rest.split(' ');
  for (let take = words.length - 1; take >= 1; take--) {
    const committee = words.slice(0, take).join(' ');
    if (isCommittee(committee)) return { committee, text: words.slice(take).join(' ') };
  }
  return undefined;
}
