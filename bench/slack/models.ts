export { BodyModel } from '../../server/store/models/body';
export { ChannelBindingModel } from '../../server/store/models/channel-binding';
export { MeetingModel } from '../../server/store/models/meeting';
export { OrganizationModel } from '../../server/store/models/organization';
export { OutboxMessageModel } from '../../server/store/models/outbox-message';
