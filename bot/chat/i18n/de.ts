/** German texts of the bot (the users' language; English mirrors these keys). */
export const de = {
  'help.title': 'So arbeiten Sie mit dem Gremienbot',
  'help.intro': 'Schreiben Sie einen dieser Befehle:',
  'help.agenda': '**tagesordnung [Ausschuss]**: die Tagesordnung der nächsten Sitzung',
  'help.meetings': '**sitzungen**: die nächsten Sitzungen Ihrer Ausschüsse',
  'help.bind':
    '**binden öffentlich|vertraulich <Ausschuss>**: diesen Kanal an einen Ausschuss binden (Geschäftsführung)',
  'help.unbind': '**lösen [Ausschuss]**: die Bindung dieses Kanals aufheben (Geschäftsführung)',
  'help.publish':
    '**veröffentlichen <Ausschuss>**: die Tagesordnung der nächsten Sitzung in alle gebundenen Kanäle senden (Geschäftsführung)',
  'help.announce':
    '**mitteilung <Ausschuss> <Text>**: eine Mitteilung an alle gebundenen Kanäle senden (Geschäftsführung)',
  'help.link': '**verknüpfen <Code>**: Ihr Chat-Konto mit Ihrem Zugang im Dashboard verknüpfen',
  'help.fallback': 'Hilfe: tagesordnung, sitzungen, binden, lösen, veröffentlichen, mitteilung, verknüpfen',
  'unknown.title': 'Diesen Befehl kenne ich nicht',
  'unknown.text': (p: { text: string }) =>
    `„${p.text}“ verstehe ich nicht. Mit **hilfe** sehen Sie, was ich kann.`,
  'unlinked.title': 'Ich kenne Sie noch nicht',
  'unlinked.text':
    'Ihr Chat-Konto ist noch nicht mit einer Person im Gremienbot verknüpft. Öffnen Sie im Dashboard „Chat verknüpfen“, lassen Sie sich einen Code anzeigen und schreiben Sie mir dann **verknüpfen <Code>**.',
  'link.done': (p: { name: string }) => `Danke, ${p.name}: Ihr Chat-Konto ist jetzt verknüpft.`,
  'link.invalid':
    'Dieser Code ist ungültig oder abgelaufen. Bitte lassen Sie sich im Dashboard einen neuen anzeigen.',
  'link.usage': 'Bitte geben Sie den Code aus dem Dashboard an: **verknüpfen <Code>**.',
  'committee.unknown': (p: { name: string }) => `Einen Ausschuss „${p.name}“ finde ich nicht.`,
  'committee.ambiguous': 'Bitte nennen Sie den Ausschuss (Kurzname), z. B. **tagesordnung UA DiKO**.',
  'committee.none': 'Sie gehören keinem Ausschuss an, und dieser Kanal ist an keinen Ausschuss gebunden.',
  'forbidden.office': 'Das darf nur die Geschäftsführung dieses Ausschusses.',
  'bind.usage':
    'So binden Sie den Kanal: **binden öffentlich <Ausschuss>** oder **binden vertraulich <Ausschuss>**.',
  'bind.directRefused': 'Nur Kanäle können gebunden werden, keine Direktnachrichten.',
  'bind.done.public': (p: { committee: string }) =>
    `Dieser Kanal ist jetzt öffentlich an „${p.committee}“ gebunden: Er erhält den öffentlichen Teil der Tagesordnungen.`,
  'bind.done.confidential': (p: { committee: string }) =>
    `Dieser Kanal ist jetzt vertraulich an „${p.committee}“ gebunden: Er erhält die vollständigen Tagesordnungen einschließlich des nichtöffentlichen Teils. Bitte achten Sie darauf, dass nur Ausschussmitglieder im Kanal sind.`,
  'unbind.done': (p: { committee: string }) => `Die Bindung an „${p.committee}“ ist aufgehoben.`,
  'unbind.none': 'Dieser Kanal ist an keinen Ausschuss gebunden.',
  'meetings.title': 'Ihre nächsten Sitzungen',
  'meetings.none': 'Es sind keine Sitzungen geplant.',
  'meetings.line': (p: { date: string; committee: string; name: string }) =>
    `**${p.date}**: ${p.committee}: ${p.name}`,
  'meeting.none': (p: { committee: string }) => `Für „${p.committee}“ ist keine Sitzung geplant.`,
  'agenda.title': (p: { committee: string; date: string }) => `Tagesordnung ${p.committee}, ${p.date}`,
  'agenda.when': 'Wann',
  'agenda.where': 'Wo',
  'agenda.publicPart': 'Öffentlicher Teil',
  'agenda.nonPublicPart': 'Nichtöffentlicher Teil',
  'agenda.nonPublicCount': (p: { count: number }) =>
    p.count === 1
      ? 'Nichtöffentlicher Teil: 1 Tagesordnungspunkt'
      : `Nichtöffentlicher Teil: ${p.count} Tagesordnungspunkte`,
  'agenda.empty': 'Die Tagesordnung ist noch leer.',
  'agenda.supplement': '(Nachtrag)',
  'agenda.cancelled': 'ABGESAGT: Diese Sitzung findet nicht statt.',
  'agenda.changedAt': (p: { at: string }) => `Geändert am ${p.at}`,
  'agenda.publishedAt': (p: { at: string }) => `Veröffentlicht am ${p.at}`,
  'agenda.fallback': (p: { committee: string; date: string }) => `Tagesordnung ${p.committee} am ${p.date}`,
  'change.title': 'Änderung der Tagesordnung',
  'change.itemsAdded': (p: { count: number }) =>
    p.count === 1 ? '1 Punkt hinzugefügt' : `${p.count} Punkte hinzugefügt`,
  'change.itemsRemoved': (p: { count: number }) =>
    p.count === 1 ? '1 Punkt entfernt' : `${p.count} Punkte entfernt`,
  'change.reordered': 'Reihenfolge geändert',
  'change.supplement': 'Nachtrag zur Tagesordnung',
  'change.time': (p: { date: string }) => `Neuer Termin: ${p.date}`,
  'change.location': (p: { location: string }) => `Neuer Ort: ${p.location}`,
  'change.cancelled': 'Die Sitzung wurde abgesagt.',
  'change.fallback': (p: { committee: string }) => `Änderung der Tagesordnung ${p.committee}`,
  'reminder.title': (p: { committee: string }) => `Erinnerung: Sitzung ${p.committee}`,
  'reminder.inDays': (p: { days: number; date: string }) =>
    p.days === 1
      ? `Morgen, ${p.date}, tagt der Ausschuss.`
      : `In ${p.days} Tagen, am ${p.date}, tagt der Ausschuss.`,
  'reminder.fallback': (p: { committee: string; date: string }) => `Erinnerung: ${p.committee} am ${p.date}`,
  'update.title': (p: { committee: string }) => `Mitteilung der Verwaltung: ${p.committee}`,
  'update.from': (p: { name: string }) => `Von ${p.name}`,
  'announce.usage': 'So senden Sie eine Mitteilung: **mitteilung <Ausschuss> <Text>**.',
  'announce.done': (p: { count: number }) =>
    p.count === 1 ? 'Die Mitteilung geht an 1 Kanal.' : `Die Mitteilung geht an ${p.count} Kanäle.`,
  'publish.done': (p: { count: number; name: string }) =>
    p.count === 1
      ? `„${p.name}“ wird in 1 Kanal veröffentlicht.`
      : `„${p.name}“ wird in ${p.count} Kanälen veröffentlicht.`,
  'publish.noChannels':
    'Die Sitzung ist veröffentlicht, aber an diesen Ausschuss ist noch kein Kanal gebunden.',
  'error.title': 'Das hat nicht geklappt',
  'error.generic': 'Etwas ist schiefgegangen. Bitte versuchen Sie es später noch einmal.',
  'home.title': 'Gremienbot',
  'home.committees': 'Meine Ausschüsse',
  'home.noCommittees': 'Sie gehören keinem Ausschuss an.',
  'home.meetings': 'Nächste Sitzungen',
  'home.openItems': 'Meine offenen Punkte',
  'home.noOpenItems': 'Keine offenen Punkte.',
  'home.announce': 'Mitteilung senden',
} as const;

export type MessageKey = keyof typeof de;
