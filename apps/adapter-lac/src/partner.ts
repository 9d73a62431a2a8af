import type { PartnerPackage } from '@hub/simulator-kit';
import { lacSimulator } from '@apps/partner-sim/src/lac/lac-simulator';
import { lacAdapter } from './lac.adapter';

/** LAC as the hub finds it (see PartnerPackage): its adapter and its simulator. */
export const partner: PartnerPackage = { adapter: lacAdapter, simulator: lacSimulator };
