import { KOELN_STANDARD } from '../../domain/agenda/templates';
import { agendaFromTemplate, sub } from './agenda-seeds';
import { DIGITALSTRATEGIE_REFERENCE, MASTERPLAN_STATEMENT_REFERENCE } from './koeln-papers';
import type { MeetingSeed } from './meetings';
import { berlin } from '../../domain/time/berlin';

const NAME = 'Sitzung des Digitalisierungsausschusses';

/**
 * Seeds 004 (Mitteilung for 30.08.2021) and 003 (Stellungnahme on TOP 6.1 of 22.11.2021). The
 * seeds print neither start times nor the room: 15:30 is a placeholder. Only TOP 6.1 is printed;
 * the Mitteilung is filed under "Mitteilungen der Verwaltung" as the Köln standard agenda does.
 */
export const DIA_2021_MEETINGS: readonly MeetingSeed[] = [
  {
    body: 'koeln',
    committee: 'DiA',
    name: NAME,
    start: berlin(2021, 8, 30, 15, 30),
    state: 'durchgefuehrt',
    agenda: agendaFromTemplate(KOELN_STANDARD, [
      {
        section: 'Mitteilungen der Verwaltung',
        public: true,
        placement: 'under',
        items: [sub('Digitalstrategie - Datenstrategie', { paperReference: DIGITALSTRATEGIE_REFERENCE })],
      },
    ]),
  },
  {
    body: 'koeln',
    committee: 'DiA',
    name: NAME,
    start: berlin(2021, 11, 22, 15, 30),
    state: 'durchgefuehrt',
    agenda: agendaFromTemplate(KOELN_STANDARD, [
      {
        section: 'Anträge',
        public: true,
        placement: 'under',
        items: [
          sub('Köln braucht einen digitalen Masterplan und eine(n) Chief Digital Officer', {
            paperReference: MASTERPLAN_STATEMENT_REFERENCE,
          }),
        ],
      },
    ]),
  },
];
