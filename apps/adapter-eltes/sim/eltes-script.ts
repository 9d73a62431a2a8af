import type { EltesProjectStatusV1 } from '@hub/contracts';
import type { EltesBackOffice, ReceivedRequest } from './eltes-back-office';

type Milestone = NonNullable<EltesProjectStatusV1['milestone']>;

/** `#sim-alerts=<n>` in the instructions sends a burst of n alerts instead of the script's 3,000. */
const burstSizeOf = (instructions: string): { total?: number } => {
  const match = /#sim-alerts=(\d{1,6})/.exec(instructions);
  return match ? { total: Number(match[1]) } : {};
};

/**
 * What Eltes's analysts do with a monitoring request, one step after another: acknowledge it at the desk, accept it,
 * configure the watch keywords, start 24-hour monitoring, then — as the story breaks — a burst of alerts (3,000 in
 * batches of 1,000, 30% of them posts seen again, by default), official-account support, an emergency notice, the
 * day's report, the end of monitoring, work complete and the invoice. Instructions containing `#sim-decline` are
 * declined; `#sim-hold` stops once monitoring has started (tests then send alerts themselves, or cancel). A stopped
 * request stops at the next step.
 */
export function monitoringScript(office: EltesBackOffice, received: ReceivedRequest): (() => Promise<boolean>)[] {
  const { requestId, instructions } = received.request;
  const going = (step: () => Promise<boolean>) => async () => !office.isStopped(requestId) && step();
  const status = (statusType: EltesProjectStatusV1['statusType'], extra: Partial<EltesProjectStatusV1> = {}) => going(() => office.sendStatus(received, statusType, extra));
  const milestone = (step: Milestone, message: string) => status('MILESTONE', { milestone: step, message });

  const desk = status('RECEIVED', { message: '監視依頼を受け付けました' });
  if (instructions.includes('#sim-decline')) {
    return [desk, status('DECLINED', { declineReason: '同業他社の案件と利益相反のため、本件の監視はお受けできません' })];
  }
  const start = [
    desk,
    status('ACCEPTED', { message: 'アナリスト2名体制で24時間監視を行います' }),
    milestone('KEYWORDS_CONFIGURED', `監視キーワード「${received.request.watch.keywords.join('」「')}」ほか表記ゆれを設定しました`),
    milestone('MONITORING_STARTED', 'SNS・掲示板・ニュースサイト・ブログの24時間監視を開始しました'),
  ];
  if (instructions.includes('#sim-hold')) return start;
  return [
    ...start,
    going(async () => (await office.sendAlertBurst(requestId, burstSizeOf(instructions))).ok),
    milestone('OFFICIAL_ACCOUNT_SUPPORT_STARTED', '公式アカウントでの発信内容・返信方針の支援を開始しました'),
    milestone('EMERGENCY_NOTICE_ISSUED', 'フィッシングメールへの注意喚起を緊急告知として掲載しました'),
    going(() => office.sendDailyReport(requestId)),
    milestone('MONITORING_ENDED', '拡散が沈静化したため監視を終了しました'),
    status('COMPLETED', { message: '監視業務を完了し、最終レポートを納品しました' }),
    going(() => office.sendInvoice(requestId)),
  ];
}
