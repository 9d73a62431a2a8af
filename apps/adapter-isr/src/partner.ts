import type { PartnerPackage } from '@hub/simulator-kit';
import { isrSimulator } from '../sim/isr-simulator';
import { isrAdapter } from './isr.adapter';

/** I.S.Rating as the hub finds it (see PartnerPackage): its adapter and its simulator. */
export const partner: PartnerPackage = { adapter: isrAdapter, simulator: isrSimulator };
