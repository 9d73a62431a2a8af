import type { Provider, Type } from '@nestjs/common';
import type { AdapterDefinition, SimulatedPartnerSettings } from '@hub/adapter-kit';

/** What every simulated partner is given by the simulator app. */
export interface SimulatorOptions {
  /** Time between a simulated person's steps (accept, next milestone, …). */
  stepDelayMs: number;
}

/** One simulated partner running inside the simulator app: its native endpoints, its back office, and how to stop it. */
export interface RunningSimulator<System = unknown> {
  /** Nest controllers serving the partner's own API (where its adapter delivers orders, cancellations, reviews). */
  controllers: Type<unknown>[];
  /** Providers those controllers inject, usually the back office under a symbol of the partner's. */
  providers: Provider[];
  /** The simulated back office, for tests to read what the partner received and to drive scripts. */
  system: System;
  stop(): void;
}

/** A partner's simulator, as its folder exports it: started by the simulator app with the partner's wiring. */
export interface SimulatedPartner<System = unknown> {
  partnerId: string;
  start(settings: SimulatedPartnerSettings, options: SimulatorOptions): RunningSimulator<System>;
}

/**
 * Everything the hub knows of one partner, from the partner's own folder (`apps/adapter-<id>/src/partner.ts`): the
 * adapter's definition and the simulator that plays the firm. The simulator app, the demo, the API-document script and
 * the tests find partners by this file; a new partner needs nothing outside its folder and its contracts.
 */
export interface PartnerPackage {
  adapter: AdapterDefinition;
  simulator: SimulatedPartner;
}
