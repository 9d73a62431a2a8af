import { HubSignatureCheck, type SimulatedPartner } from '@hub/simulator-kit';
import { AOS_SIGNATURE, AOS_SYSTEM, AosMattersController } from './aos-matters.controller';
import { AosSystem } from './aos-system';

/** AOS Legaltech's back office as the simulator runs it: matters in, status, evidence, custody, report and invoice out. */
export const aosSimulator: SimulatedPartner<AosSystem> = {
  partnerId: 'aos',
  start(settings, options) {
    const system = new AosSystem(settings, options.stepDelayMs);
    return {
      controllers: [AosMattersController],
      providers: [
        { provide: AOS_SYSTEM, useValue: system },
        { provide: AOS_SIGNATURE, useValue: new HubSignatureCheck('AOS Legaltech', settings.secret) },
      ],
      system,
      stop: () => system.stop(),
    };
  },
};
