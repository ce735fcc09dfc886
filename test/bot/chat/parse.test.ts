import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../bot/chat/commands/parse';
import { splitAnnouncement } from '../../../bot/chat/commands/split-announcement';

describe('parseCommand', () => {
  it.each([
    ['hilfe', { name: 'help' }],
    ['', { name: 'help' }],
    ['HELP', { name: 'help' }],
    ['sitzungen', { name: 'meetings' }],
    ['meetings', { name: 'meetings' }],
    ['tagesordnung', { name: 'agenda', committee: undefined }],
    ['Tagesordnung   UA  DiKO', { name: 'agenda', committee: 'UA DiKO' }],
    ['agenda AfD', { name: 'agenda', committee: 'AfD' }],
    ['binden öffentlich UA DiKO', { name: 'bind', confidentiality: 'public', committee: 'UA DiKO' }],
    ['bind confidential AfD', { name: 'bind', confidentiality: 'confidential', committee: 'AfD' }],
    ['binden vertraulich', { name: 'bind', confidentiality: 'confidential', committee: undefined }],
    ['binden UA DiKO', { name: 'bind', committee: 'UA DiKO' }],
    ['lösen', { name: 'unbind', committee: undefined }],
    ['unbind UA DiKO', { name: 'unbind', committee: 'UA DiKO' }],
    ['veröffentlichen UA DiKO', { name: 'publish', committee: 'UA DiKO' }],
    ['publish AfD', { name: 'publish', committee: 'AfD' }],
    ['mitteilung UA DiKO Raum 27', { name: 'announce', rest: 'UA DiKO Raum 27' }],
    ['verknüpfen ab12cd34', { name: 'link', code: 'AB12CD34' }],
    ['link', { name: 'link', code: undefined }],
    ['wetter morgen', { name: 'unknown', text: 'wetter morgen' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
});

describe('splitAnnouncement', () => {
  const known = new Set(['ua diko', 'afd']);
  const isCommittee = (name: string) => known.has(name.toLowerCase());

  it('takes the longest known committee name from the front', () => {
    expect(splitAnnouncement('UA DiKO Die Sitzung beginnt später', isCommittee)).toEqual({
      committee: 'UA DiKO',
      text: 'Die Sitzung beginnt später',
    });
  });

  it('honours an explicit separator', () => {
    expect(splitAnnouncement('Irgendwas: Text hier', isCommittee)).toEqual({
      committee: 'Irgendwas',
      text: 'Text hier',
    });
  });

  it('gives nothing without a known committee or without text', () => {
    expect(splitAnnouncement('Unbekannt Text', isCommittee)).toBeUndefined();
    expect(splitAnnouncement('AfD', isCommittee)).toBeUndefined();
  });
});
