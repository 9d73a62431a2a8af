import type { PartnerPackage } from '@hub/simulator-kit';
import { bell24Simulator } from '../sim/bell24-simulator';
import { bell24Adapter } from './bell24.adapter';

/** Bell System 24 as the hub finds it (see PartnerPackage): its adapter and its simulator. */
export const partner: PartnerPackage = { adapter: bell24Adapter, simulator: bell24Simulator };
