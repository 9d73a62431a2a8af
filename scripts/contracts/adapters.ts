import type { AdapterDefinition } from '@hub/adapter-kit';
import { partnerPackages } from '@apps/partner-sim/src/partner-packages';

/** Every partner adapter the hub runs (found by folder): scripts that work over all of them (their API documents) read this list. */
export const ADAPTERS: AdapterDefinition[] = partnerPackages().map((p) => p.adapter);
