import { createWorkflowContext } from '../../../server/composition/workflow-context';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../bot/chat/commands/parse';
import { createWorkflows } from '../../../server/composition/workflows';

function workflows() {
  return createWorkflows(createWorkflowContext({ clock: () => new Date('2026-11-22T10:00:00Z') }));
}

describe('the workflows in the conversation', () => {
  it('claim each command verb, action id and form id once, and none of the built-in verbs', () => {
    const features = workflows().flatMap((w) => (w.chat ? [w.chat] : []));
    const verbs = features.flatMap((f) => f.verbs ?? []);
    const actions = features.flatMap((f) => Object.keys(f.actions ?? {}));
    const forms = features.flatMap((f) => Object.keys(f.forms ?? {}));
    expect(verbs.length).toBeGreaterThan(10);
    expect(new Set(verbs).size).toBe(verbs.length);
    expect(new Set(actions).size).toBe(actions.length);
    expect(new Set(forms).size).toBe(forms.length);
    for (const verb of verbs) expect(parseCommand(verb).name, verb).toBe('unknown');
    for (const id of [...actions, ...forms]) expect(id).toMatch(/^[a-zA-Z]+\.[\w.]+$/);
  });

  it('give every workflow with a chat part help lines in German and English', () => {
    for (const workflow of workflows()) {
      const feature = workflow.chat;
      if (!feature?.verbs?.length) continue;
      const de = feature.helpLines?.('de') ?? [];
      const en = feature.helpLines?.('en') ?? [];
      expect(de.length, workflow.name).toBeGreaterThan(0);
      expect(en.length, workflow.name).toBe(de.length);
      expect(en, workflow.name).not.toEqual(de);
    }
  });
});
