import type { PartnerPackage } from '@hub/simulator-kit';
import { aosSimulator } from '../sim/aos-simulator';
import { aosAdapter } from './aos.adapter';

/** AOS Legaltech as the hub finds it (see PartnerPackage): its adapter and its simulator. */
export const partner: PartnerPackage = { adapter: aosAdapter, simulator: aosSimulator };
