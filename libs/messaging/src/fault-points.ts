/**
 * Named crash points for fault-injection tests. A test starts a real process with HUB_FAULT_POINT set to
 * one of these names; when execution reaches it, the process kills itself with SIGKILL, exactly as a
 * power cut would, with no chance to clean up. Unset in every normal run, where this is one string compare.
 */
export const FAULT_POINTS = {
  relayAfterCommitBeforeSend: 'relay.after-claim-before-send',
  relayAfterSendBeforeMark: 'relay.after-send-before-mark',
  /** A reconciliation job found its breaks and died before recording them (issue 11: a rerun leaves one set). */
  reconcilerBeforeApply: 'reconciler.before-apply',
} as const;

export type FaultPoint = (typeof FAULT_POINTS)[keyof typeof FAULT_POINTS];

export function crashIfFaultPoint(point: FaultPoint): void {
  if (process.env.HUB_FAULT_POINT === point) {
    process.kill(process.pid, 'SIGKILL');
  }
}
