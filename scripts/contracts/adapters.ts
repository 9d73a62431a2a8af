import type { AdapterDefinition } from '@hub/adapter-kit';
import { lacAdapter } from '@apps/adapter-lac/src/lac.adapter';

/** Every partner adapter the hub runs: scripts that work over all of them (their API documents) read this list. */
export const ADAPTERS: AdapterDefinition[] = [lacAdapter];
