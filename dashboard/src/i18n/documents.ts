/** Texts of the document downloads, German first. */
export const de = {
  title: 'Dokumente',
  minutes: 'Entwurf der Niederschrift',
  report: 'Übersicht über die offenen Beschlüsse, Prüf- und Arbeitsaufträge',
  docx: 'Word (DOCX)',
  md: 'Markdown',
  download: '{document} als {format} herunterladen',
  nonPublicHint: 'Der nichtöffentliche Teil ist nur enthalten, wenn Sie dazu berechtigt sind.',
};

export const en: typeof de = {
  title: 'Documents',
  minutes: 'Draft minutes',
  report: 'Overview of open resolutions and tasks',
  docx: 'Word (DOCX)',
  md: 'Markdown',
  download: 'Download {document} as {format}',
  nonPublicHint: 'The non-public part is included only if you are entitled to it.',
};
