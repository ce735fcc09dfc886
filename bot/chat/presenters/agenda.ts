import { agendaParts, publicView, type AgendaNode } from '../../../server/domain/agenda/structure';
import type { AgendaEntry } from '../../../server/domain/agenda/agenda-entry';
import { formatDateTime } from '../format';
import { t } from '../i18n/catalog';
import type { ChatMessage, ChatSection, Locale } from '../message';
import type { Audience, MeetingView } from './meeting-view';

/**
 * The agenda post. A public audience gets the öffentlicher Teil and only the number of
 * non-public items; their names never enter the message.
 */
export function presentAgenda(
  meeting: MeetingView,
  audience: Audience,
  locale: Locale,
  changedAt?: Date,
): ChatMessage {
  const date = formatDateTime(meeting.start, locale);
  const sections: ChatSection[] = [];
  if (meeting.cancelled) sections.push({ lines: [`**${t(locale, 'agenda.cancelled')}**`] });
  if (audience === 'public') {
    const { items, nonPublicCount } = publicView(meeting.agendaItems);
    sections.push(...partSections(items, 'agenda.publicPart', locale));
    if (nonPublicCount > 0)
      sections.push({ lines: [t(locale, 'agenda.nonPublicCount', { count: nonPublicCount })] });
  } else {
    const parts = agendaParts(meeting.agendaItems);
    sections.push(...nodeSections(parts.publicPart, 'agenda.publicPart', locale));
    sections.push(...nodeSections(parts.nonPublicPart, 'agenda.nonPublicPart', locale));
  }
  if (meeting.agendaItems.length === 0) sections.push({ lines: [t(locale, 'agenda.empty')] });
  const facts = [{ label: t(locale, 'agenda.when'), value: date }];
  if (meeting.locationText) facts.push({ label: t(locale, 'agenda.where'), value: meeting.locationText });
  return {
    title: t(locale, 'agenda.title', { committee: meeting.committeeShortName, date }),
    text: meeting.name,
    facts,
    sections,
    context: changedAt ? t(locale, 'agenda.changedAt', { at: formatDateTime(changedAt, locale) }) : undefined,
    fallbackText: t(locale, 'agenda.fallback', { committee: meeting.committeeShortName, date }),
  };
}

function partSections(items: AgendaEntry[], heading: 'agenda.publicPart', locale: Locale): ChatSection[] {
  return nodeSections(agendaParts(items).publicPart, heading, locale);
}

function nodeSections(
  nodes: AgendaNode[],
  heading: 'agenda.publicPart' | 'agenda.nonPublicPart',
  locale: Locale,
): ChatSection[] {
  if (nodes.length === 0) return [];
  const lines = nodes.flatMap(({ item, children }) => [
    itemLine(item, locale),
    ...children.map((c) => `    ${itemLine(c, locale)}`),
  ]);
  return [{ heading: t(locale, heading), lines }];
}

function itemLine(item: AgendaEntry, locale: Locale): string {
  const supplement = item.supplement ? ` ${t(locale, 'agenda.supplement')}` : '';
  return `**${item.number}** ${item.name}${supplement}`;
}
