// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { MeetingFollowUp } from '../../dashboard/src/api/follow-ups';
import type { SessionUser } from '../../dashboard/src/api/types';
import MeetingFollowUps from '../../dashboard/src/components/MeetingFollowUps.vue';
import { resetSession } from '../../dashboard/src/composables/session';
import { fakeApiReplies } from './api-replies';
import { plugins } from './support';

const followUp = (id: string, fields: Partial<MeetingFollowUp>): MeetingFollowUp => ({
  id,
  kind: 'pruefauftrag',
  title: `Auftrag ${id}`,
  status: 'offen',
  public: true,
  dueDate: null,
  overdue: false,
  owner: { department: 'Amt 12', name: null },
  agendaItem: null,
  ...fields,
});
const items = [followUp('f1', { title: 'Glasfaser prüfen' }), followUp('f2', { status: 'erledigt' })];

async function mounted(user: SessionUser) {
  resetSession(user);
  const calls = fakeApiReplies({
    'GET /api/v1/meetings/m1/follow-ups': {
      body: { meetingId: 'm1', items, nonPublicCount: 0, nonPublicIncluded: true },
    },
    'POST /api/v1/follow-ups/f1/close': { body: { id: 'f1', status: 'erledigt' } },
  });
  const wrapper = mount(MeetingFollowUps, { props: { meetingId: 'm1', committeeId: 'c1' }, ...plugins() });
  await flushPromises();
  return { wrapper, calls };
}

describe('closing a follow-up on the meeting page', () => {
  it('lets the committee’s office close open follow-ups with a note', async () => {
    const { wrapper, calls } = await mounted({
      displayName: 'Geschäftsführung',
      roles: ['office'],
      officeCommitteeIds: ['c1'],
    });
    const buttons = wrapper.findAll('.follow-up-close > button');
    expect(buttons.map((button) => button.attributes('aria-label'))).toEqual([
      'Erledigt melden: Glasfaser prüfen',
    ]);
    await buttons[0]!.trigger('click');
    await wrapper.find('#close-f1-note').setValue('Geprüft, Bericht folgt in der nächsten Sitzung.');
    await wrapper.find('.follow-up-close form').trigger('submit');
    await flushPromises();
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /api/v1/meetings/m1/follow-ups',
      'POST /api/v1/follow-ups/f1/close',
      'GET /api/v1/meetings/m1/follow-ups',
    ]);
    expect(calls[1]!.body).toEqual({ completionNote: 'Geprüft, Bericht folgt in der nächsten Sitzung.' });
  });

  it('offers the owner department to close, and a member nothing', async () => {
    const owner = await mounted({ displayName: 'Amt 12', roles: ['department'], department: 'Amt 12' });
    expect(owner.wrapper.findAll('.follow-up-close')).toHaveLength(1);
    const member = await mounted({ displayName: 'Herr Pohl', roles: ['member'], memberCommitteeIds: ['c1'] });
    expect(member.wrapper.findAll('.follow-up-close')).toHaveLength(0);
  });
});
