// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../dashboard/src/api/inquiries';
import type { SessionUser } from '../../dashboard/src/api/types';
import InquiriesPage from '../../dashboard/src/pages/InquiriesPage.vue';
import { resetSession } from '../../dashboard/src/composables/session';
import { fakeApiReplies, fieldError, type Reply } from './api-replies';
import { plugins } from './support';

const inquiry = (id: string, fields: Partial<Inquiry>): Inquiry => ({
  id,
  number: `AN/00${id.slice(1)}/2026`,
  committeeId: 'c1',
  meetingId: 'm1',
  subject: `Anfrage ${id}`,
  text: 'Wie viele Schulen haben Glasfaser?',
  kind: 'schriftlich',
  authorPersonId: 'p-author',
  onBehalfOf: null,
  public: true,
  state: 'eingereicht',
  late: false,
  reason: null,
  department: null,
  dueDate: null,
  answer: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  ...fields,
});
const filed = inquiry('i1', { subject: 'Glasfaser an Schulen' });
const accepted = inquiry('i2', { state: 'angenommen', subject: 'WLAN im Rathaus' });
const assigned = inquiry('i3', {
  state: 'zugewiesen',
  subject: 'Digitale Sitzungen',
  department: 'Amt 12',
  dueDate: '2026-12-09T23:00:00.000Z',
});
const answered = inquiry('i4', { state: 'beantwortet', subject: 'Ratsinformationssystem' });
const committees = [
  { id: 'c1', name: 'Ausschuss für Digitalisierung' },
  { id: 'c2', name: 'Bauausschuss' },
];

const office: SessionUser = {
  displayName: 'Geschäftsführung',
  roles: ['office'],
  officeCommitteeIds: ['c1'],
};
const department: SessionUser = { displayName: 'Amt 12', roles: ['department'], department: 'Amt 12' };
const author: SessionUser = { displayName: 'Herr Pohl', roles: ['member'], personId: 'p-author' };

function routes(extra: Record<string, Reply> = {}): Record<string, Reply> {
  return {
    'GET /api/v1/inquiries': { body: { items: [filed, accepted, assigned, answered] } },
    'GET /api/v1/committees': { body: committees },
    ...extra,
  };
}

async function mounted(user: SessionUser | null, replies = routes(), locale: 'de' | 'en' = 'de') {
  resetSession(user);
  const calls = fakeApiReplies(replies);
  const wrapper = mount(InquiriesPage, plugins(locale));
  await flushPromises();
  const actionsOf = (id: string) =>
    wrapper.findAll(`tr[data-inquiry="${id}"] .row-actions button`).map((button) => button.text());
  return { wrapper, calls, actionsOf };
}

describe('InquiriesPage', () => {
  it('lists the Anfragen with their state in German and the office’s steps', async () => {
    const { wrapper, calls, actionsOf } = await mounted(office);
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/inquiries', '/api/v1/committees?kind=committee']);
    expect(wrapper.find('h1').text()).toBe('Anfragen');
    const cells = wrapper.findAll('tr[data-inquiry="i3"] td').map((cell) => cell.text());
    expect(wrapper.find('tr[data-inquiry="i3"] summary').text()).toBe('Digitale Sitzungen schriftlich');
    expect(wrapper.find('tr[data-inquiry="i3"] .inquiry-text').text()).toBe(
      'Wie viele Schulen haben Glasfaser?',
    );
    expect(cells[0]).toBe('AN/003/2026');
    expect(cells.slice(2, 6)).toEqual([
      'Ausschuss für Digitalisierung',
      'zugewiesen',
      'Amt 12',
      '10.12.2026',
    ]);
    expect(actionsOf('i1')).toEqual(['Annehmen', 'Zurückweisen']);
    expect(actionsOf('i2')).toEqual(['Zuweisen']);
    expect(actionsOf('i3')).toEqual([]);
    expect(actionsOf('i4')).toEqual(['Veröffentlichen']);
    expect(wrapper.find('tr[data-inquiry="i1"] button[data-action="accept"]').attributes('aria-label')).toBe(
      'Annehmen: Glasfaser an Schulen',
    );
  });

  it('asks the server again when filtered by state, committee and due date', async () => {
    const { wrapper, calls } = await mounted(office);
    await wrapper.find('#inquiry-filter-state').setValue('zugewiesen');
    await flushPromises();
    expect(calls.at(-1)!.path).toBe('/api/v1/inquiries?state=zugewiesen');
    await wrapper.find('#inquiry-filter-committee').setValue('c2');
    await wrapper.find('#inquiry-filter-due').setValue('2026-12-31');
    await flushPromises();
    expect(calls.at(-1)!.path).toBe('/api/v1/inquiries?state=zugewiesen&committee=c2&dueBefore=2026-12-31');
    const stateOptions = wrapper.findAll('#inquiry-filter-state option').map((option) => option.text());
    expect(stateOptions).toEqual([
      'Alle',
      'eingereicht',
      'angenommen',
      'zurückgewiesen',
      'zugewiesen',
      'beantwortet',
      'veröffentlicht',
      'zurückgezogen',
    ]);
  });

  it('accepts an Anfrage and shows its new state', async () => {
    const { wrapper, calls } = await mounted(
      office,
      routes({ 'POST /api/v1/inquiries/i1/accept': { body: { ...filed, state: 'angenommen' } } }),
    );
    await wrapper.find('tr[data-inquiry="i1"] button[data-action="accept"]').trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toEqual({ method: 'POST', path: '/api/v1/inquiries/i1/accept', body: {} });
    expect(wrapper.find('tr[data-inquiry="i1"] .inquiry-state').text()).toBe('angenommen');
    expect(wrapper.find('[role="status"]').text()).toBe('Anfrage Glasfaser an Schulen: angenommen.');
  });

  it('rejects only with a reason: the API’s message appears next to the reason field', async () => {
    const { wrapper, calls } = await mounted(
      office,
      routes({
        'POST /api/v1/inquiries/i1/reject': fieldError(
          400,
          'validation_failed',
          'reason',
          'Bitte geben Sie eine Begründung an.',
        ),
      }),
    );
    const reject = wrapper.find('tr[data-inquiry="i1"] button[data-action="reject"]');
    await reject.trigger('click');
    expect(reject.attributes('aria-expanded')).toBe('true');
    expect(wrapper.find('label[for="inquiry-i1-reason"]').text()).toBe('Begründung');
    await wrapper.find('tr[data-inquiry="i1"] form').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v1/inquiries/i1/reject',
      body: { reason: '' },
    });
    expect(wrapper.find('#inquiry-i1-reason-error').text()).toBe('Bitte geben Sie eine Begründung an.');
    expect(wrapper.find('#inquiry-i1-reason').attributes('aria-describedby')).toBe('inquiry-i1-reason-error');
  });

  it('assigns to a department with a due date', async () => {
    const { wrapper, calls } = await mounted(
      office,
      routes({
        'POST /api/v1/inquiries/i2/assign': {
          body: {
            ...accepted,
            state: 'zugewiesen',
            department: 'Amt 15',
            dueDate: '2026-12-14T23:00:00.000Z',
          },
        },
      }),
    );
    await wrapper.find('tr[data-inquiry="i2"] button[data-action="assign"]').trigger('click');
    await wrapper.find('#inquiry-i2-department').setValue('Amt 15');
    await wrapper.find('#inquiry-i2-dueDate').setValue('2026-12-15');
    await wrapper.find('tr[data-inquiry="i2"] form').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v1/inquiries/i2/assign',
      body: { department: 'Amt 15', dueDate: '2026-12-15' },
    });
    const cells = wrapper.findAll('tr[data-inquiry="i2"] td').map((cell) => cell.text());
    expect(cells.slice(3, 6)).toEqual(['zugewiesen', 'Amt 15', '15.12.2026']);
    expect(wrapper.find('tr[data-inquiry="i2"] form').exists()).toBe(false);
  });

  it('lets the assigned department answer, and nothing else', async () => {
    const { wrapper, calls, actionsOf } = await mounted(
      department,
      routes({ 'POST /api/v1/inquiries/i3/answer': { body: { ...assigned, state: 'beantwortet' } } }),
    );
    expect(actionsOf('i1')).toEqual([]);
    expect(actionsOf('i3')).toEqual(['Beantworten']);
    await wrapper.find('tr[data-inquiry="i3"] button[data-action="answer"]').trigger('click');
    await wrapper.find('#inquiry-i3-text').setValue('Alle 12 Schulen sind angeschlossen.');
    await wrapper.find('tr[data-inquiry="i3"] form').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v1/inquiries/i3/answer',
      body: { text: 'Alle 12 Schulen sind angeschlossen.' },
    });
    expect(wrapper.find('tr[data-inquiry="i3"] .inquiry-state').text()).toBe('beantwortet');
  });

  it('shows the answer below the question', async () => {
    const withAnswer = {
      ...answered,
      answer: { text: 'Das System wird 2027 ersetzt.', fileUrl: 'https://example.org/a.pdf', answeredAt: '' },
    };
    const { wrapper } = await mounted(
      office,
      routes({ 'GET /api/v1/inquiries': { body: { items: [withAnswer] } } }),
    );
    expect(wrapper.find('tr[data-inquiry="i4"] .inquiry-answer').text()).toBe(
      'Antwort: Das System wird 2027 ersetzt.',
    );
    const link = wrapper.find('tr[data-inquiry="i4"] a');
    expect([link.text(), link.attributes('href')]).toEqual([
      'Antwort als Datei',
      'https://example.org/a.pdf',
    ]);
  });

  it('lets the author withdraw their own open Anfragen', async () => {
    const { actionsOf } = await mounted(author);
    expect(actionsOf('i1')).toEqual(['Zurückziehen']);
    expect(actionsOf('i3')).toEqual(['Zurückziehen']);
    expect(actionsOf('i4')).toEqual([]);
  });

  it('shows a refused step above the row’s buttons', async () => {
    const { wrapper } = await mounted(
      office,
      routes({
        'POST /api/v1/inquiries/i4/publish': {
          status: 409,
          body: {
            error: {
              code: 'inquiry_transition_not_allowed',
              message: 'Die Anfrage wurde inzwischen geändert.',
            },
          },
        },
      }),
    );
    await wrapper.find('tr[data-inquiry="i4"] button[data-action="publish"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('tr[data-inquiry="i4"] [role="alert"]').text()).toBe(
      'Die Anfrage wurde inzwischen geändert.',
    );
  });

  it('asks a visitor to log in and loads nothing', async () => {
    const { wrapper, calls } = await mounted(null);
    expect(wrapper.text()).toContain('Anfragen sind nur nach Anmeldung sichtbar.');
    expect(calls).toEqual([]);
  });

  it('speaks English when switched', async () => {
    const { wrapper, actionsOf } = await mounted(office, routes(), 'en');
    expect(wrapper.find('h1').text()).toBe('Inquiries');
    expect(wrapper.find('tr[data-inquiry="i3"] .inquiry-state').text()).toBe('assigned');
    expect(actionsOf('i1')).toEqual(['Accept', 'Reject']);
  });
});
