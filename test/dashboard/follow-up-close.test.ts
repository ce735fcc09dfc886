// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../dashboard/src/api/types';
import { resetSession } from '../../dashboard/src/composables/session';
import OpenItemsPage from '../../dashboard/src/pages/OpenItemsPage.vue';
import { fakeApiReplies, fieldError, type Reply } from './api-replies';
import { plugins } from './support';

const committee = { id: 'c1', name: 'Ausschuss für Digitalisierung' };
const report = {
  items: [
    {
      kind: 'followUp',
      id: 'f1',
      organization: committee,
      title: 'Bericht WLAN',
      state: 'pruefauftrag',
      public: true,
      department: 'Amt 12',
      overdue: false,
    },
    {
      kind: 'inquiry',
      id: 'i1',
      organization: committee,
      title: 'Glasfaser an Schulen',
      state: 'zugewiesen',
      public: true,
      department: 'Amt 12',
      overdue: false,
    },
    {
      kind: 'followUp',
      id: 'f2',
      organization: { id: 'c2', name: 'Bauausschuss' },
      title: 'Radwege prüfen',
      state: 'zusage',
      public: true,
      department: 'Amt 66',
      overdue: false,
    },
  ],
  page: 1,
  pageSize: 50,
  total: 3,
  counts: [],
};

async function mounted(user: SessionUser, extra: Record<string, Reply> = {}, locale: 'de' | 'en' = 'de') {
  resetSession(user);
  const calls = fakeApiReplies({ 'GET /api/v1/open-items': { body: report }, ...extra });
  const wrapper = mount(OpenItemsPage, plugins(locale));
  await flushPromises();
  const closeButton = (id: string) => wrapper.find(`tr[data-item="${id}"] .follow-up-close > button`);
  return { wrapper, calls, closeButton };
}

const office: SessionUser = {
  displayName: 'Geschäftsführung',
  roles: ['office'],
  officeCommitteeIds: ['c1'],
};

describe('closing a follow-up from the open items', () => {
  it('offers the office of the committee to close its follow-ups only', async () => {
    const { closeButton, wrapper } = await mounted(office);
    expect(closeButton('f1').text()).toBe('Erledigt melden');
    expect(closeButton('f1').attributes('aria-label')).toBe('Erledigt melden: Bericht WLAN');
    expect(closeButton('i1').exists()).toBe(false);
    expect(closeButton('f2').exists()).toBe(false);
    expect(wrapper.findAll('table.open-items th').at(-1)!.text()).toBe('Aktionen');
  });

  it('offers the owner department to close its follow-ups', async () => {
    const { closeButton } = await mounted({
      displayName: 'Amt 66',
      roles: ['department'],
      department: 'Amt 66',
    });
    expect(closeButton('f1').exists()).toBe(false);
    expect(closeButton('f2').exists()).toBe(true);
  });

  it('closes with the completion note and loads the open items again', async () => {
    const { wrapper, calls, closeButton } = await mounted(office, {
      'POST /api/v1/follow-ups/f1/close': { body: { id: 'f1', status: 'erledigt' } },
    });
    await closeButton('f1').trigger('click');
    expect(closeButton('f1').attributes('aria-expanded')).toBe('true');
    expect(wrapper.find('label[for="close-f1-note"]').text()).toBe('Erledigungsvermerk');
    await wrapper.find('#close-f1-note').setValue('Bericht in der Sitzung am 3.3. erstattet.');
    await wrapper.find('tr[data-item="f1"] form').trigger('submit');
    await flushPromises();
    expect(calls[1]).toEqual({
      method: 'POST',
      path: '/api/v1/follow-ups/f1/close',
      body: { completionNote: 'Bericht in der Sitzung am 3.3. erstattet.' },
    });
    expect(calls[2]!.path).toBe('/api/v1/open-items?page=1&pageSize=50');
    expect(wrapper.find('p[role="status"]').text()).toBe('„Bericht WLAN“ ist erledigt.');
  });

  it('shows a missing completion note next to the field', async () => {
    const { wrapper, closeButton } = await mounted(office, {
      'POST /api/v1/follow-ups/f1/close': fieldError(
        400,
        'validation_failed',
        'completionNote',
        'Der Erledigungsvermerk fehlt.',
      ),
    });
    await closeButton('f1').trigger('click');
    await wrapper.find('tr[data-item="f1"] form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#close-f1-note-error').text()).toBe('Der Erledigungsvermerk fehlt.');
    expect(wrapper.find('p[role="status"]').exists()).toBe(false);
  });

  it('speaks English when switched', async () => {
    const { closeButton } = await mounted(office, {}, 'en');
    expect(closeButton('f1').text()).toBe('Report done');
  });
});
