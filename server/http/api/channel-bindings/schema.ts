import { z } from 'zod';
import { objectIdString } from '../common/schemas';

export const committeeParams = z.strictObject({ id: objectIdString });
export const bindingParams = z.strictObject({ id: objectIdString, bindingId: objectIdString });

const confidentiality = z.enum(['public', 'confidential'], {
  error: 'Erwartet „public“ (öffentlich) oder „confidential“ (vertraulich)',
});
const chatId = z.string().trim().min(1).max(300);

/** Either an installed conversation picked from the list, or the channel named directly. */
export const bindBody = z.union(
  [
    z.strictObject({ conversationId: objectIdString, confidentiality }),
    z.strictObject({
      platform: z.enum(['teams', 'slack']),
      tenantId: chatId,
      channelId: chatId,
      confidentiality,
    }),
  ],
  { error: 'Erwartet conversationId oder platform, tenantId und channelId, dazu confidentiality' },
);
