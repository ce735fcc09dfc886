import { makeKoelnDiko } from '../../../support/factories';
import { createWorkflowContext } from '../../../../server/composition/workflow-context';
import { createConversationHandler } from '../../../../server/composition/chat';
import { createInquiryChatWorkflow } from '../../../../server/composition/inquiry-chat';
import { MeetingModel } from '../../../../server/store/models/meeting';
import { MembershipModel } from '../../../../server/store/models/membership';
import { OrganizationModel } from '../../../../server/store/models/organization';
import { PersonModel } from '../../../../server/store/models/person';
import { UserModel } from '../../../../server/store/models/user';
import { USER as TEAMS_USER, TENANT } from '../../../bot/teams/support/activities';

/** Monday 16 Nov 2026, 10:00 in Berlin: two hours before the deadline of the 5. Sitzung. */
export const BEFORE_DEADLINE = new Date('2026-11-16T09:00:00Z');
/** Monday 16 Nov 2026, 13:00 in Berlin: the 5. Sitzung's deadline (12:00) has passed. */
export const AFTER_DEADLINE = new Date('2026-11-16T12:00:00Z');

export const FIFTH_LABEL = '5. Sitzung UA DiKO, 18.11.2026 – Frist 16.11.2026, 12:00 Uhr';
export const SIXTH_LABEL = '6. Sitzung UA DiKO, 02.12.2026 – Frist 30.11.2026, 12:00 Uhr';

/**
 * UA DiKO with Herr Weber (member, SPD-Fraktion, dashboard login; on Slack `UWEBER` and on Teams),
 * Herr Pohl (member without login, Slack `UPOHL`) and Frau Klein (Slack `UKLEIN`, member of nothing); the 5. Sitzung on 18.11.2026 and the 6. on 02.12.2026.
 */
export async function seedInquiryWorld() {
  const { body, committee } = await makeKoelnDiko();
  const spd = await OrganizationModel.create({
    body: body._id,
    kind: 'fraktion',
    name: 'SPD-Fraktion',
    shortName: 'SPD',
  });
  const weber = await PersonModel.create({
    body: body._id,
    name: 'Herr Weber',
    familyName: 'Weber',
    chatIdentities: [
      { platform: 'slack', userId: 'UWEBER', tenantId: 'T1' },
      { platform: 'teams', userId: TEAMS_USER.aadObjectId, tenantId: TENANT },
    ],
  });
  await UserModel.create({
    username: `weber-${committee._id.toString()}`,
    displayName: 'Herr Weber',
    roles: ['member'],
    person: weber._id,
  });
  // A member who never logs into the dashboard: known only by the chat identity.
  const pohl = await PersonModel.create({
    body: body._id,
    name: 'Herr Pohl',
    familyName: 'Pohl',
    chatIdentities: [{ platform: 'slack', userId: 'UPOHL', tenantId: 'T1' }],
  });
  await MembershipModel.create({
    person: pohl._id,
    organization: committee._id,
    role: 'Mitglied',
    votingRight: true,
  });
  await PersonModel.create({
    body: body._id,
    name: 'Frau Klein',
    familyName: 'Klein',
    chatIdentities: [{ platform: 'slack', userId: 'UKLEIN', tenantId: 'T1' }],
  });
  await MembershipModel.create({
    person: weber._id,
    organization: committee._id,
    role: 'Mitglied',
    votingRight: true,
    onBehalfOf: spd._id,
  });
  await MembershipModel.create({
    person: weber._id,
    organization: spd._id,
    role: 'Mitglied',
    votingRight: true,
  });
  const fifth = await MeetingModel.create({
    body: body._id,
    organization: committee._id,
    name: '5. Sitzung des Unterausschusses',
    start: new Date('2026-11-18T16:00:00Z'),
  });
  const sixth = await MeetingModel.create({
    body: body._id,
    organization: committee._id,
    name: '6. Sitzung des Unterausschusses',
    start: new Date('2026-12-02T16:00:00Z'),
  });
  return {
    committeeId: committee._id.toString(),
    spdId: spd._id.toString(),
    weberId: weber._id.toString(),
    fifthId: fifth._id.toString(),
    sixthId: sixth._id.toString(),
  };
}

/** The conversation layer as `server/main.ts` builds it, with only the Anfrage chat workflow. */
export function inquiryConversation(clock: () => Date) {
  const context = createWorkflowContext({ clock });
  const workflow = createInquiryChatWorkflow(context);
  return createConversationHandler({ clock, features: workflow.chat ? [workflow.chat] : [] });
}
