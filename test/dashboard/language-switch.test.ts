// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { useI18n } from 'vue-i18n';
import LanguageSwitch from '../../dashboard/src/components/LanguageSwitch.vue';
import de from '../../dashboard/src/i18n/de';
import en from '../../dashboard/src/i18n/en';
import { plugins } from './support';

const Page = defineComponent({
  components: { LanguageSwitch },
  setup: () => ({ t: useI18n().t }),
  template: '<LanguageSwitch /><h1>{{ t("calendar.title") }}</h1>',
});

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' ? keysOf(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('language switch', () => {
  it('starts in German, switches texts and the lang attribute to English and back', async () => {
    localStorage.clear();
    const wrapper = mount(Page, plugins());
    expect(wrapper.find('h1').text()).toBe('Sitzungskalender');
    expect(document.documentElement.lang).toBe('de');
    await wrapper.find('button[lang="en"]').trigger('click');
    expect(wrapper.find('h1').text()).toBe('Meeting calendar');
    expect(document.documentElement.lang).toBe('en');
    expect(wrapper.find('button[lang="en"]').attributes('aria-pressed')).toBe('true');
    expect(localStorage.getItem('dashboard.locale')).toBe('en');
    await wrapper.find('button[lang="de"]').trigger('click');
    expect(wrapper.find('h1').text()).toBe('Sitzungskalender');
    expect(document.documentElement.lang).toBe('de');
  });

  it('has an English text for every German one', () => {
    expect(keysOf(en)).toEqual(keysOf(de));
    const empty = keysOf(en).filter(
      (key) => !key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], en),
    );
    expect(empty).toEqual([]);
  });
});
