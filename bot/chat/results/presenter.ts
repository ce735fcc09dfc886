import type { ResultAnnouncement, ResultRenderer } from '../../../server/domain/results/ports';
import type { ChatMessage, Locale } from '../message';
import { rt } from './texts';

/** The channel post of a recorded result, in the agenda post's thread. */
export function presentResult(announcement: ResultAnnouncement, locale: Locale): ChatMessage {
  const title = rt(locale, announcement.corrected ? 'correctedTitle' : 'title', {
    number: announcement.itemNumber,
  });
  const heading = `${announcement.committeeShortName} · TOP ${announcement.itemNumber} ${announcement.itemName}`;
  return {
    title,
    text: heading,
    sections: [
      ...(announcement.resolutionText
        ? [{ heading: rt(locale, 'resolution'), lines: announcement.resolutionText.split('\n') }]
        : []),
      { heading: rt(locale, 'result'), lines: announcement.resultLines },
    ],
    ...(announcement.public ? {} : { context: rt(locale, 'nonPublic') }),
    fallbackText: `${title}: ${announcement.resultLines.join(' · ')}`,
  };
}

export const chatResultRenderer: ResultRenderer = { result: presentResult };
