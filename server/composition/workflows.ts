import type { Workflow, WorkflowContext } from './workflow';

/** Every workflow of the product, in the order their help lines appear. One line per workflow. */
export function createWorkflows(context: WorkflowContext): Workflow[] {
  void context;
  return [];
}
