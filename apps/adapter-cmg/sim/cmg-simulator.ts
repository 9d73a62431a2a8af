import { HubSignatureCheck, PartnerSender, ScriptPlayer, type SimulatedPartner } from '@hub/simulator-kit';
import { CmgCrisisRoom } from './cmg-crisis-room';
import { CMG_CRISIS_ROOM, CmgCrisisRoomController } from './cmg-crisis-room.controller';

/** CMG Japan's Crisis Room as the simulator runs it (see CmgCrisisRoom). */
export const cmgSimulator: SimulatedPartner<CmgCrisisRoom> = {
  partnerId: 'cmg',
  start(settings, options) {
    const player = new ScriptPlayer(options.stepDelayMs);
    // The sender's back-off between retries is the player's pause, so no retry outlives stop().
    const room = new CmgCrisisRoom(new PartnerSender(settings, (ms) => player.pause(ms)), new HubSignatureCheck('CMG Japan', settings.secret), player);
    return { controllers: [CmgCrisisRoomController], providers: [{ provide: CMG_CRISIS_ROOM, useValue: room }], system: room, stop: () => room.stop() };
  },
};
