import type { AosMatterStatusV1 } from '@hub/contracts';
import type { SendResult } from '@hub/simulator-kit';
import { custodyAfterPreservation, evidenceRegister, investigationReport, invoiceFor, reverification, statusReport } from './aos-documents';
import type { ReceivedMatter } from './aos-system';

export interface ScriptHands {
  send(path: string, body: unknown): Promise<SendResult>;
  /** True once the coordinator withdrew the matter: AOS's people stop. */
  withdrawn(): boolean;
}

/** Markers in the coordinator's instructions that make the simulated AOS take another path, for tests and the demo. */
export const SIM_MARKERS = {
  decline: '#sim-decline',
  /** Take the matter on, start preserving, and go no further (until withdrawn). */
  hold: '#sim-hold',
  /** The re-verification before analysis finds the second image's hash changed. */
  hashMismatch: '#sim-hash-mismatch',
} as const;

/**
 * What AOS's people do with a matter, in order: receive and take it on (受付・受任), preserve the devices on site and
 * register the evidence (保全), record its custody (引渡し・封印・保管), re-verify every image's hash before analysis
 * (再検証), analyse, have the lawyer sign off the report, complete, and invoice. Each step only once the one before
 * reached the hub; a refusal or a withdrawal stops the work, as AOS's staff would stop and call.
 */
export function aosScriptFor(matter: ReceivedMatter, hands: ScriptHands): (() => Promise<boolean>)[] {
  const { file, request } = matter;
  let seq = 0;
  // When AOS's people last recorded something: what they record next happened between then and now.
  let last: Date | string = file.openedAt;
  const period = (): [Date | string, Date] => {
    const from = last;
    last = new Date();
    return [from, last];
  };
  const step = (send: () => Promise<SendResult>) => async (): Promise<boolean> => {
    if (hands.withdrawn()) return false;
    const result = await send();
    return result.status !== null && result.status < 300;
  };
  const report = (fields: Parameters<typeof statusReport>[2]) => step(() => hands.send('/aos/v1/callbacks', statusReport(file, ++seq, fields, period()[1])));
  const stage = (stageCode: NonNullable<AosMatterStatusV1['stage']>, memo: string) => report({ status: 'SHINKOCHU', stage: stageCode, memo });

  const received = report({ status: 'UKETSUKE', memo: '案件を受け付けました' });
  if (request.instructions.includes(SIM_MARKERS.decline)) {
    return [received, report({ status: 'JITAI', declineReason: '指定期間内に現地保全の要員を確保できないため辞退します' })];
  }
  const takenOn = [received, report({ status: 'JUNIN', memo: '受任しました。保全担当者を手配します' }), stage('HOZEN_CHAKUSHU', '現地にて保全を開始')];
  if (request.instructions.includes(SIM_MARKERS.hold)) return takenOn;
  return [
    ...takenOn,
    step(() => {
      const [from, at] = period();
      return hands.send('/aos/v1/evidence-items', evidenceRegister(file, at, from));
    }),
    step(() => {
      const [from, at] = period();
      return hands.send('/aos/v1/custody-events', custodyAfterPreservation(file, at, from));
    }),
    stage('HOZEN_KANRYO', '対象機器すべての保全を完了'),
    step(() => {
      const [from, at] = period();
      return hands.send('/aos/v1/custody-events', reverification(file, 4, at, request.instructions.includes(SIM_MARKERS.hashMismatch) ? 2 : undefined, from));
    }),
    stage('KAISEKI_CHAKUSHU', 'ハッシュ値を再検証のうえ解析に着手'),
    stage('HOKOKUSHO_SOAN', '調査報告書の草案を作成、弁護士確認中'),
    step(() => hands.send('/aos/v1/reports', investigationReport(file, period()[1]))),
    stage('HOKOKUSHO_TEISHUTSU', '弁護士確認済みの調査報告書を提出'),
    report({ status: 'SAGYO_KANRYO', memo: '本案件の作業を完了しました' }),
    step(() => hands.send('/aos/v1/invoices', invoiceFor(file, period()[1]))),
  ];
}
