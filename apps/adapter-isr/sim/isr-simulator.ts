import { HubSignatureCheck, type SimulatedPartner } from '@hub/simulator-kit';
import { IsrBackOffice } from './isr-back-office';
import { ISR_BACK_OFFICE, ISR_SIGNATURE, IsrRequestsController } from './isr-requests.controller';

/** I.S.Rating's back office as the simulator app runs it, serving I.S.Rating's API under /isr/v1. */
export const isrSimulator: SimulatedPartner<IsrBackOffice> = {
  partnerId: 'isr',
  start(settings, options) {
    const system = new IsrBackOffice(settings, options);
    return {
      controllers: [IsrRequestsController],
      providers: [
        { provide: ISR_BACK_OFFICE, useValue: system },
        { provide: ISR_SIGNATURE, useValue: new HubSignatureCheck('I.S.Rating', settings.secret) },
      ],
      system,
      stop: () => system.stop(),
    };
  },
};
