import type { Document } from 'bson';
import type { Options } from 'mingo/types';
import { ProcessingMode } from 'mingo';

/** Shared mingo settings: strict MongoDB semantics and no server-side scripts. */
export function queryOptions(
  variables?: Document,
  collectionResolver?: (name: string) => Document[],
): Partial<Options> {
  return {
    useStrictMode: true,
    scriptEnabled: false,
    processingMode: ProcessingMode.CLONE_OFF,
    ...(variables ? { variables } : {}),
    ...(collectionResolver ? { collectionResolver } : {}),
  };
}
