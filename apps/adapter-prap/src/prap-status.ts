import type { OrderStatusChangedV1, PrapAnkenStatusV1 } from '@hub/contracts';

const STATUS_OF_JOKYO: Record<PrapAnkenStatusV1['jokyo'], OrderStatusChangedV1['status']> = {
  UKETSUKE: 'acknowledged',
  JUCHU: 'accepted',
  JITAI: 'declined',
  SHINCHOKU: 'in_progress',
  KANRYO: 'work_complete',
};

/** PRAP's steps of a crisis response (進捗), as milestones on the case's timeline. */
export const MILESTONE_OF_SHINCHOKU: Record<NonNullable<PrapAnkenStatusV1['shinchoku']>, string> = {
  KICKOFF_MTG: 'kickoff_meeting_held',
  FACT_MASTER_KAKUTEI: 'fact_master_agreed',
  POSITION_PAPER_KAKUTEI: 'position_paper_agreed',
  RELEASE_KOHYO: 'press_release_published',
  KISHA_KAIKEN_JISSHI: 'press_conference_held',
  SHAKOKU_KEISAI: 'newspaper_notice_published',
  OWABI_HASSO: 'apology_letters_sent',
  MEDIA_MONITORING_KAISHI: 'media_monitoring_started',
};

/** A PRAP status report (案件状況報告) as the canonical status: one report, one status. */
export function prapStatusToCanonical(report: PrapAnkenStatusV1): OrderStatusChangedV1 {
  const status: OrderStatusChangedV1 = {
    orderId: report.ankenId,
    status: STATUS_OF_JOKYO[report.jokyo],
    partnerReference: report.ankenNo,
    reportedAt: report.hokokuNichiji,
  };
  if (report.shinchoku) status.milestone = MILESTONE_OF_SHINCHOKU[report.shinchoku];
  if (report.jitaiRiyu) status.reason = report.jitaiRiyu;
  if (report.renrakuJiko) status.note = report.renrakuJiko;
  return status;
}
