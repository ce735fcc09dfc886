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
        page: 1,
        pageSize: 50,
        total: 2,
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

  it('shows the server order and counts per committee, and asks the server again when filtered', async () => {
    resetSession({ displayName: 'Amtsleitung', roles: ['head'] });
    const wrapper = mount(OpenItemsPage, plugins());
    await flushPromises();
    const rows = () => wrapper.findAll('table.open-items tbody tr').map((row) => row.attributes('data-item'));
    const paths = () => calls.map((call) => call.path);
    expect(paths()).toEqual(['/api/v1/open-items?page=1&pageSize=50']);
    expect(rows()).toEqual(['i1', 'f1']);
    expect(wrapper.find('table.committee-counts').text()).toContain('Unterausschuss DiKO');
    expect(wrapper.find('tr[data-item="f1"]').text()).toContain('Prüfauftrag');
    expect(wrapper.find('nav.pager').exists()).toBe(false);
    await wrapper.find('#filter-overdue').setValue(true);
    await flushPromises();
    expect(paths().at(-1)).toBe('/api/v1/open-items?page=1&pageSize=50&overdue=true');
    await wrapper.find('#filter-overdue').setValue(false);
    await wrapper.find('#filter-kind').setValue('inquiry');
    await flushPromises();
    expect(paths().at(-1)).toBe('/api/v1/open-items?page=1&pageSize=50&kind=inquiry');
    await wrapper.find('#filter-kind').setValue('');
    await wrapper.find('#filter-committee').setValue('c1');
    await flushPromises();
    expect(paths().at(-1)).toBe('/api/v1/open-items?page=1&pageSize=50&organization=c1');
  });

  it('pages through the items', async () => {
    calls = fakeApi({
      'GET /api/v1/open-items?page=1&': { items: [item('a')], page: 1, pageSize: 50, total: 120, counts: [] },
      'GET /api/v1/open-items?page=2&': { items: [item('b')], page: 2, pageSize: 50, total: 120, counts: [] },
    });
    resetSession({ displayName: 'Amtsleitung', roles: ['head'] });
    const wrapper = mount(OpenItemsPage, plugins());
    await flushPromises();
    const rows = () => wrapper.findAll('table.open-items tbody tr').map((row) => row.attributes('data-item'));
    expect(rows()).toEqual(['a']);
    expect(wrapper.find('nav.pager').text()).toContain('Seite 1 von 3');
    const [previous, next] = wrapper.findAll('nav.pager button');
    expect(previous!.attributes('disabled')).toBeDefined();
    await next!.trigger('click');
    await flushPromises();
    expect(rows()).toEqual(['b']);
    expect(wrapper.find('nav.pager').text()).toContain('Seite 2 von 3');
    expect(calls.at(-1)?.path).toBe('/api/v1/open-items?page=2&pageSize=50');
  });
});

function item(id: string) {
  return {
    kind: 'followUp',
    id,
    organization: { id: 'c1', name: 'Ausschuss für Digitalisierung' },
    title: id,
    state: 'zusage',
    public: true,
    overdue: false,
  };
}
