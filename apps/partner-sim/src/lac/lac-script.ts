import type { LacStatusCallbackV1 } from '@hub/contracts';

type Step = Pick<LacStatusCallbackV1, 'status_code' | 'phase' | 'decline_reason' | 'comment'>;

/**
 * What LAC's people do after an engagement request arrives, in order: accept, interview the client
 * (ヒアリング), start forensics, deliver the preliminary report. A scope that asks the simulator to
 * decline (`#sim-decline`) gets a refusal instead, so tests can walk that path too.
 */
export function lacScriptFor(request: { scope_note: string }): Step[] {
  if (request.scope_note.includes('#sim-decline')) {
    return [{ status_code: 'DECLINED', decline_reason: 'No forensic analysts available in the requested window' }];
  }
  return [
    { status_code: 'ACCEPTED', comment: 'Engagement accepted; analyst assigned' },
    { status_code: 'IN_PROGRESS', phase: 'HEARING_DONE', comment: 'Initial hearing with the client completed' },
    { status_code: 'IN_PROGRESS', phase: 'FORENSICS_STARTED', comment: 'Disk images acquired; forensic investigation started' },
    { status_code: 'IN_PROGRESS', phase: 'PRELIMINARY_REPORT', comment: 'Preliminary report on cause and scope delivered' },
  ];
}
