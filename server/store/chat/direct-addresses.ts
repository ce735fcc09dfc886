import type { DirectAddress, DirectAddressBook } from '../../domain/notifications/direct-messages';
import { PersonModel } from '../models/person';
import { TeamsConversationModel } from '../models/teams-conversation';

/**
 * A person's direct-message addresses from their linked chat identities: on Slack the user id
 * (chat.postMessage to a user id writes into the app's DM), on Teams the personal chat the bot
 * was installed in for that user.
 */
export const mongoDirectAddressBook: DirectAddressBook = {
  async addressesOf(personId: string): Promise<DirectAddress[]> {
    const person = await PersonModel.findById(personId, { chatIdentities: 1 }).lean();
    if (!person) return [];
    const addresses: DirectAddress[] = [];
    for (const identity of person.chatIdentities) {
      if (identity.platform === 'slack' && identity.tenantId) {
        addresses.push({
          platform: 'slack',
          tenantId: identity.tenantId,
          channelId: identity.userId,
          ...localeOf(identity),
        });
      } else if (identity.platform === 'teams') {
        const personal = await TeamsConversationModel.findOne({
          userAadObjectId: identity.userId,
          type: 'personal',
          active: true,
        }).lean();
        if (personal)
          addresses.push({
            platform: 'teams',
            tenantId: personal.tenantId,
            channelId: personal.conversationId,
            ...localeOf(identity),
          });
      }
    }
    return addresses;
  },
};

function localeOf(identity: { locale?: string | null }): { locale?: 'de' | 'en' } {
  return identity.locale === 'de' || identity.locale === 'en' ? { locale: identity.locale } : {};
}
