import type { SimulatedPartner } from '@hub/simulator-kit';
import { LAC_SYSTEM, LacEngagementsController } from './lac-engagements.controller';
import { LacSystem } from './lac-system';

/** LAC's back office as the simulator runs it: engagements in v1 and v2, callbacks in the version each came in. */
export const lacSimulator: SimulatedPartner<LacSystem> = {
  partnerId: 'lac',
  start(settings, options) {
    const system = new LacSystem({
      secret: settings.secret,
      callbackUrl: (version) => settings.callbackUrl(version),
      tokenUrl: settings.tokenUrl,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      stepDelayMs: options.stepDelayMs,
    });
    return { controllers: [LacEngagementsController], providers: [{ provide: LAC_SYSTEM, useValue: system }], system, stop: () => system.stop() };
  },
};
