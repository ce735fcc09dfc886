/** Texts of closing a follow-up from the open items, German first. */
export const de = {
  open: 'Erledigt melden',
  openFor: 'Erledigt melden: {title}',
  note: 'Erledigungsvermerk',
  submit: 'Als erledigt schließen',
  closed: '„{title}“ ist erledigt.',
};

export const en: typeof de = {
  open: 'Report done',
  openFor: 'Report done: {title}',
  note: 'Completion note',
  submit: 'Close as done',
  closed: '“{title}” is done.',
};
