import type { PartnerPackage } from '@hub/simulator-kit';
import { prapSimulator } from '../sim/prap-simulator';
import { prapAdapter } from './prap.adapter';

/** PRAP Japan as the hub finds it (see PartnerPackage): its adapter and its simulator. */
export const partner: PartnerPackage = { adapter: prapAdapter, simulator: prapSimulator };
