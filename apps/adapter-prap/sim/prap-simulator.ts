import { HubSignatureCheck, PartnerSender, ScriptPlayer, type SimulatedPartner } from '@hub/simulator-kit';
import { PrapDesk } from './prap-desk';
import { PRAP_DESK, PrapDeskController } from './prap-desk.controller';

/** PRAP Japan's Crisis Desk as the simulator runs it (see PrapDesk). */
export const prapSimulator: SimulatedPartner<PrapDesk> = {
  partnerId: 'prap',
  start(settings, options) {
    const player = new ScriptPlayer(options.stepDelayMs);
    // The sender's back-off between retries is the player's pause, so no retry outlives stop().
    const desk = new PrapDesk(new PartnerSender(settings, (ms) => player.pause(ms)), new HubSignatureCheck('PRAP Japan', settings.secret), player);
    return { controllers: [PrapDeskController], providers: [{ provide: PRAP_DESK, useValue: desk }], system: desk, stop: () => desk.stop() };
  },
};
