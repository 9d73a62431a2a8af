import type { PartnerPackage } from '@hub/simulator-kit';
import { cmgSimulator } from '../sim/cmg-simulator';
import { cmgAdapter } from './cmg.adapter';

/** CMG Japan as the hub finds it (see PartnerPackage): its adapter and its simulator. */
export const partner: PartnerPackage = { adapter: cmgAdapter, simulator: cmgSimulator };
