import { ref } from 'vue';
import { ApiError } from '../api/client';

/**
 * A form's errors from the API: a 400 naming one of the form's fields shows its message next to that
 * field; anything else shows once above the form.
 */
export function useFieldErrors(formFields: readonly string[]) {
  const fields = ref<Record<string, string>>({});
  const general = ref<string | null>(null);

  function clear() {
    fields.value = {};
    general.value = null;
  }

  function capture(error: unknown) {
    clear();
    const named = error instanceof ApiError ? error.fields.filter((f) => formFields.includes(f.path)) : [];
    if (named.length > 0) {
      fields.value = Object.fromEntries(named.map((field) => [field.path, field.message]));
      return;
    }
    general.value = error instanceof Error ? error.message : String(error);
  }

  return { fields, general, clear, capture };
}
