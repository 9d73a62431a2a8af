import type { AdapterDefinition } from '@hub/adapter-kit';
import { partnerPackage, partnerPackages } from '@apps/partner-sim/src/partner-packages';

/** The partner adapters named (loading only their folders), or every one the hub runs (found by folder) when none is named. */
export const adaptersNamed = (partnerIds: string[]): AdapterDefinition[] =>
  partnerIds.length > 0 ? partnerIds.map((id) => partnerPackage(id).adapter) : partnerPackages().map((p) => p.adapter);
