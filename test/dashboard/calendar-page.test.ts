// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import CalendarPage from '../../dashboard/src/pages/CalendarPage.vue';
import { resetSession } from '../../dashboard/src/composables/session';
import { fakeApi, plugins } from './support';

const now = new Date();
const inThisMonth = (day: number, hour: number) =>
  new Date(now.getFullYear(), now.getMonth(), day, hour).toISOString();

describe('CalendarPage', () => {
  let calls: ReturnType<typeof fakeApi>;
  beforeEach(() => {
    resetSession(null);
    calls = fakeApi({
      'GET /api/v1/committees': {
        items: [
          { id: 'c1', name: 'Ausschuss für Digitalisierung' },
          { id: 'c2', name: 'Unterausschuss DiKO' },
        ],
      },
      'GET /api/v1/meetings': {
        items: [
          {
            id: 'm1',
            name: 'Sitzung Digitalisierung',
            organization: { id: 'c1', name: 'Ausschuss für Digitalisierung' },
            start: inThisMonth(10, 17),
            state: 'eingeladen',
          },
          {
            id: 'm2',
            name: 'Sitzung DiKO',
            organization: { id: 'c2', name: 'Unterausschuss DiKO' },
            start: inThisMonth(12, 14),
            state: 'terminiert',
          },
        ],
        page: 1,
        pageSize: 100,
        total: 2,
      },
    });
  });

  it('loads committees and the visible range with two calls and shows the meetings with a legend', async () => {
    const wrapper = mount(CalendarPage, { ...plugins(), attachTo: document.body });
    await flushPromises();
    await flushPromises();
    expect(calls.map((c) => c.path.split('?')[0]).sort()).toEqual(['/api/v1/committees', '/api/v1/meetings']);
    const meetingsCall = calls.find((c) => c.path.startsWith('/api/v1/meetings'))!;
    const range = new URLSearchParams(meetingsCall.path.split('?')[1]);
    expect(Date.parse(range.get('from')!)).toBeLessThanOrEqual(Date.parse(inThisMonth(1, 0)));
    expect(wrapper.text()).toContain('Sitzung Digitalisierung');
    expect(wrapper.text()).toContain('Sitzung DiKO');
    expect(wrapper.find('legend').text()).toBe('Gremien');
    expect(wrapper.text()).toContain('öffentlichen Sitzungen');
    wrapper.unmount();
  });

  it('hides a committee’s meetings when its box is unticked', async () => {
    const wrapper = mount(CalendarPage, { ...plugins(), attachTo: document.body });
    await flushPromises();
    await flushPromises();
    await wrapper.find('input[data-committee="c2"]').setValue(false);
    await flushPromises();
    expect(wrapper.text()).toContain('Sitzung Digitalisierung');
    expect(wrapper.text()).not.toContain('Sitzung DiKO');
    expect(calls).toHaveLength(2);
    wrapper.unmount();
  });
});
