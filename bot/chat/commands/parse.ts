/** A chat command, parsed from German or English text. */
export type Command =
  | { name: 'help' }
  | { name: 'agenda'; committee?: string }
  | { name: 'meetings' }
  | { name: 'bind'; confidentiality?: 'public' | 'confidential'; committee?: string }
  | { name: 'unbind'; committee?: string }
  | { name: 'publish'; committee?: string }
  /** `rest` is "<committee> <text>"; the committee is matched against known names by the handler. */
  | { name: 'announce'; rest?: string }
  | { name: 'link'; code?: string }
  | { name: 'unknown'; text: string };

const VERBS: Record<string, Command['name']> = {
  hilfe: 'help',
  help: 'help',
  '?': 'help',
  tagesordnung: 'agenda',
  to: 'agenda',
  agenda: 'agenda',
  sitzungen: 'meetings',
  termine: 'meetings',
  meetings: 'meetings',
  binden: 'bind',
  bind: 'bind',
  lösen: 'unbind',
  loesen: 'unbind',
  unbind: 'unbind',
  veröffentlichen: 'publish',
  veroeffentlichen: 'publish',
  publish: 'publish',
  mitteilung: 'announce',
  announce: 'announce',
  verknüpfen: 'link',
  verknuepfen: 'link',
  link: 'link',
};

const CONFIDENTIALITY: Record<string, 'public' | 'confidential'> = {
  öffentlich: 'public',
  oeffentlich: 'public',
  public: 'public',
  vertraulich: 'confidential',
  nichtöffentlich: 'confidential',
  confidential: 'confidential',
};

/**
 * Parses "tagesordnung UA DiKO", "binden vertraulich AfD", "mitteilung UA DiKO Raum geändert: …".
 * Mentions (`<@U123>`, `<at>Bot</at>`) and a leading slash-command word are stripped by the adapters.
 */
export function parseCommand(input: string): Command {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return { name: 'help' };
  const [first = '', ...restWords] = text.split(' ');
  const name = VERBS[first.toLowerCase()];
  const rest = restWords.join(' ').trim();
  const argument = rest === '' ? undefined : rest;
  switch (name) {
    case 'help':
    case 'meetings':
      return { name };
    case 'agenda':
    case 'unbind':
    case 'publish':
      return { name, committee: argument };
    case 'link':
      return { name, code: argument?.split(' ')[0]?.toUpperCase() };
    case 'bind': {
      const [level = '', ...committeeWords] = restWords;
      const confidentiality = CONFIDENTIALITY[level.toLowerCase()];
      if (!confidentiality) return { name, committee: argument };
      const committee = committeeWords.join(' ').trim();
      return { name, confidentiality, committee: committee === '' ? undefined : committee };
    }
    case 'announce':
      return { name, rest: argument };
    default:
      return { name: 'unknown', text };
  }
}
