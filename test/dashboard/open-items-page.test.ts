// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import OpenItemsPage from '../../dashboard/src/pages/OpenItemsPage.vue';
import { resetSession } from '../../dashboard/src/composables/session';
import { fakeApi, plugins } from './support';

describe('OpenItemsPage', () => {
  let calls: ReturnType<typeof fakeApi>;
  beforeEach(() => {
    calls = fakeApi({
      'GET /api/v1/open-items': {
        items: [
          {
            kind: 'inquiry',
            id: 'i1',
            organization: { id: 'c2', name: 'Unterausschuss DiKO' },
            title: 'Glasfaser an Schulen',
            state: 'zugewiesen',
            public: true,
            overdue: false,
            dueDate: '2030-01-10T00:00:00Z',
          },
          {
            kind: 'followUp',
            id: 'f1',
            organization: { id: 'c1', name: 'Ausschuss für Digitalisierung' },
            title: 'Bericht WLAN',
            state: 'pruefauftrag',
            public: true,
            overdue: true,
            dueDate: '2020-01-10T00:00:00Z',
          },
        ],
        counts: [
          {
            organization: { id: 'c1', name: 'Ausschuss für Digitalisierung' },
            inquiries: 0,
            followUps: 1,
            overdue: 1,
          },
          { organization: { id: 'c2', name: 'Unterausschuss DiKO' }, inquiries: 1, followUps: 0, overdue: 0 },
        ],
      },
    });
  });

  it('asks a visitor to log in and loads nothing', async () => {
    resetSession(null);
    const wrapper = mount(OpenItemsPage, plugins());
    await flushPromises();
    expect(wrapper.text()).toContain('nur nach Anmeldung');
    expect(wrapper.find('table').exists()).toBe(false);
    expect(calls).toEqual([]);
  });

  it('shows overdue first, counts per committee, and filters', async () => {
    resetSession({ displayName: 'Amtsleitung', roles: ['head'] });
    const wrapper = mount(OpenItemsPage, plugins());
    await flushPromises();
    const rows = () => wrapper.findAll('table.open-items tbody tr').map((row) => row.attributes('data-item'));
    expect(calls.map((call) => call.path)).toEqual(['/api/v1/open-items']);
    expect(rows()).toEqual(['f1', 'i1']);
    expect(wrapper.find('table.committee-counts').text()).toContain('Unterausschuss DiKO');
    expect(wrapper.find('tr[data-item="f1"]').text()).toContain('Prüfauftrag');
    await wrapper.find('#filter-overdue').setValue(true);
    expect(rows()).toEqual(['f1']);
    await wrapper.find('#filter-overdue').setValue(false);
    await wrapper.find('#filter-kind').setValue('inquiry');
    expect(rows()).toEqual(['i1']);
    await wrapper.find('#filter-kind').setValue('');
    await wrapper.find('#filter-committee').setValue('c1');
    expect(rows()).toEqual(['f1']);
  });
});
