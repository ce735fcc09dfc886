import { linkChatIdentity } from './chat-principal';
import { PersonModel } from '../models/person';
import { UserModel } from '../models/user';
import { PLAYGROUND_TENANT, UNLINKED_PERSONA_ID } from '../../../bot/teams/playground/personas';
import type { PersonaDirectory } from '../../../bot/teams/playground/personas';

const PERSONA_LIMIT = 30;

/** Demo logins with a person (the office demo account, a member, ...) plus an unlinked newcomer. */
export function createMongoPersonaDirectory(clock: () => Date = () => new Date()): PersonaDirectory {
  return {
    async list() {
      const logins = await UserModel.find({ person: { $ne: null }, disabled: { $ne: true } })
        .sort({ username: 1 })
        .limit(PERSONA_LIMIT)
        .lean();
      return [
        ...logins.map((login) => ({
          id: `person:${String(login.person)}`,
          name: login.displayName,
          note: login.roles.join(', '),
        })),
        {
          id: UNLINKED_PERSONA_ID,
          name: 'Neue Person (nicht verknüpft) / New person (not linked)',
          note: '',
        },
      ];
    },

    async identityOf(personaId) {
      if (personaId === UNLINKED_PERSONA_ID)
        return { userId: `ausprobieren:${UNLINKED_PERSONA_ID}`, name: 'Neue Person' };
      const personId = personaId.startsWith('person:') ? personaId.slice('person:'.length) : undefined;
      if (!personId || !/^[0-9a-f]{24}$/.test(personId)) return undefined;
      const person = await PersonModel.findById(personId).lean();
      if (!person) return undefined;
      const userId = `ausprobieren:${personId}`;
      await linkChatIdentity(
        personId,
        { platform: 'teams', tenantId: PLAYGROUND_TENANT, userId, locale: 'de' },
        clock(),
      );
      return { userId, name: person.name };
    },
  };
}
