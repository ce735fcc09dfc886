import { useI18n } from 'vue-i18n';

/** Translates a stored value (state, result) through a message group; unknown values show as stored. */
export function useValueLabel() {
  const { t, te } = useI18n();
  return (group: string, value: string | null | undefined): string => {
    if (!value) return '';
    // Keys with spaces ("zur Kenntnis genommen") need bracket syntax in vue-i18n paths.
    const key = `${group}['${value}']`;
    return te(key) ? t(key) : value;
  };
}
