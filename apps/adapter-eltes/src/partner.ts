import type { PartnerPackage } from '@hub/simulator-kit';
import { eltesSimulator } from '../sim/eltes-simulator';
import { eltesAdapter } from './eltes.adapter';

/** Eltes as the hub finds it (see PartnerPackage): its adapter and its simulator. */
export const partner: PartnerPackage = { adapter: eltesAdapter, simulator: eltesSimulator };
