/** Someone the "Bot ausprobieren" page lets you act as. */
export interface PlaygroundPersona {
  id: string;
  name: string;
  /** What this person may do, e.g. "Geschäftsführung UA DiKO". */
  note: string;
}

/** The Teams identity the page uses for a persona. */
export interface PlaygroundIdentity {
  userId: string;
  name: string;
}

export interface PersonaDirectory {
  list(): Promise<PlaygroundPersona[]>;
  /** Makes sure the persona's Teams identity is linked; undefined for an unknown persona. */
  identityOf(personaId: string): Promise<PlaygroundIdentity | undefined>;
}

export const PLAYGROUND_TENANT = 'bot-ausprobieren';
export const UNLINKED_PERSONA_ID = 'unverknuepft';
