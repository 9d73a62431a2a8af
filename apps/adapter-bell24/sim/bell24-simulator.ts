import { HubSignatureCheck, type SimulatedPartner } from '@hub/simulator-kit';
import { BELL24_SIGNATURE, BELL24_SYSTEM, Bell24RequestsController } from './bell24-requests.controller';
import { Bell24System } from './bell24-system';

/** Bell System 24's back office as the simulator runs it: operation requests in, status reports, files and invoices out. */
export const bell24Simulator: SimulatedPartner<Bell24System> = {
  partnerId: 'bell24',
  start(settings, options) {
    const system = new Bell24System(settings, options.stepDelayMs);
    return {
      controllers: [Bell24RequestsController],
      providers: [
        { provide: BELL24_SYSTEM, useValue: system },
        { provide: BELL24_SIGNATURE, useValue: new HubSignatureCheck('Bell System 24', settings.secret) },
      ],
      system,
      stop: () => system.stop(),
    };
  },
};
