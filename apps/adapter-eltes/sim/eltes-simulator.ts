import { HubSignatureCheck, type SimulatedPartner } from '@hub/simulator-kit';
import { EltesBackOffice } from './eltes-back-office';
import { ELTES_BACK_OFFICE, ELTES_SIGNATURE, EltesMonitoringController } from './eltes-monitoring.controller';

/** Eltes's back office as the simulator app runs it, serving Eltes's API under /eltes/v1. */
export const eltesSimulator: SimulatedPartner<EltesBackOffice> = {
  partnerId: 'eltes',
  start(settings, options) {
    const system = new EltesBackOffice(settings, options);
    return {
      controllers: [EltesMonitoringController],
      providers: [
        { provide: ELTES_BACK_OFFICE, useValue: system },
        { provide: ELTES_SIGNATURE, useValue: new HubSignatureCheck('Eltes', settings.secret) },
      ],
      system,
      stop: () => system.stopAll(),
    };
  },
};
