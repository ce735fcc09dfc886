// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ChannelBinding } from '../../dashboard/src/api/channel-bindings';
import ChannelBindings from '../../dashboard/src/components/ChannelBindings.vue';
import { fakeApi, plugins } from './support';

const bound: ChannelBinding = {
  id: 'b1',
  committeeId: 'c1',
  platform: 'teams',
  tenantId: 't',
  channelId: '19:digitales',
  channelName: 'Ausschuss Digitales',
  confidentiality: 'confidential',
};
const conversations = [
  { id: 'k1', platform: 'slack', tenantId: 't', channelId: 'C0PRESSE', name: 'presse' },
  { id: 'k2', platform: 'teams', tenantId: 't', channelId: '19:digitales', name: 'Ausschuss Digitales' },
];
const newlyBound: ChannelBinding = {
  ...bound,
  id: 'b2',
  platform: 'slack',
  channelId: 'C0PRESSE',
  channelName: 'presse',
  confidentiality: 'public',
};

async function mounted(routes: Record<string, unknown> = {}, locale: 'de' | 'en' = 'de') {
  const calls = fakeApi({
    'GET /api/v1/committees/c1/channel-bindings': { items: [bound] },
    'GET /api/v1/chat-conversations': { items: conversations },
    'POST /api/v1/committees/c1/channel-bindings': newlyBound,
    'DELETE /api/v1/committees/c1/channel-bindings/b1': {},
    ...routes,
  });
  const wrapper = mount(ChannelBindings, {
    props: { committeeId: 'c1' },
    attachTo: document.body,
    ...plugins(locale),
  });
  await flushPromises();
  return { wrapper, calls };
}

describe('ChannelBindings', () => {
  it('lists the bound channels with their confidentiality and offers the installed conversations', async () => {
    const { wrapper } = await mounted();
    expect(wrapper.find('li').text()).toContain('Teams: Ausschuss Digitales');
    expect(wrapper.find('li .tag').text()).toBe('vertraulich');
    const options = wrapper.findAll('#bind-conversation option').map((o) => o.text());
    expect(options).toEqual(['Bitte wählen …', 'Slack: presse', 'Teams: Ausschuss Digitales']);
    expect(wrapper.find('label[for="bind-conversation"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('labels the confidentiality choice and explains each level', async () => {
    const { wrapper } = await mounted();
    expect(wrapper.find('fieldset legend').text()).toBe('Was der Kanal erhält');
    const publicRadio = wrapper.find('#bind-public');
    expect(wrapper.find('label[for="bind-public"]').text()).toBe('öffentlich');
    expect(wrapper.find(`#${publicRadio.attributes('aria-describedby')}`).text()).toBe(
      'nur öffentlicher Teil und Anzahl nichtöffentlicher Punkte',
    );
    expect(wrapper.find('#bind-confidential-hint').text()).toBe('nur Mitglieder, vollständige Tagesordnung');
    expect((publicRadio.element as HTMLInputElement).checked).toBe(true);
    wrapper.unmount();
  });

  it('binds the chosen conversation with the chosen confidentiality', async () => {
    const { wrapper, calls } = await mounted();
    const submit = wrapper.find('button[type="submit"]');
    expect(submit.attributes('disabled')).toBeDefined();
    await wrapper.find('#bind-conversation').setValue('k1');
    await wrapper.find('#bind-confidential').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      path: '/api/v1/committees/c1/channel-bindings',
      body: { conversationId: 'k1', confidentiality: 'confidential' },
    });
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      expect.stringContaining('Teams: Ausschuss Digitales'),
      expect.stringContaining('Slack: presse'),
    ]);
    expect(wrapper.find('[role="status"]').text()).toBe('Slack: presse ist verbunden.');
    wrapper.unmount();
  });

  it('unbinds with a button named after the channel', async () => {
    const { wrapper, calls } = await mounted();
    const button = wrapper.find('li button');
    expect(button.attributes('aria-label')).toBe('Bindung lösen: Teams: Ausschuss Digitales');
    await button.trigger('click');
    await flushPromises();
    expect(calls.at(-1)).toMatchObject({
      method: 'DELETE',
      path: '/api/v1/committees/c1/channel-bindings/b1',
    });
    expect(wrapper.findAll('li')).toHaveLength(0);
    expect(wrapper.text()).toContain('Noch kein Kanal verbunden.');
    wrapper.unmount();
  });

  it('shows the error the server answers with', async () => {
    const calls = fakeApi({
      'GET /api/v1/committees/c1/channel-bindings': { items: [] },
      'GET /api/v1/chat-conversations': { items: conversations },
    });
    const wrapper = mount(ChannelBindings, { props: { committeeId: 'c1' }, ...plugins() });
    await flushPromises();
    await wrapper.find('#bind-conversation').setValue('k2');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(calls.at(-1)?.method).toBe('POST');
    expect(wrapper.find('[role="status"]').classes()).toContain('error');
  });

  it('explains how to install the bot when it is in no channel yet, in English too', async () => {
    const { wrapper } = await mounted({ 'GET /api/v1/chat-conversations': { items: [] } }, 'en');
    expect(wrapper.find('#bind-conversation').exists()).toBe(false);
    expect(wrapper.text()).toContain('The bot is not installed in any channel yet.');
    expect(wrapper.find('li .tag').text()).toBe('confidential');
    wrapper.unmount();
  });
});
