import type { SupportFunctionV1 } from '@hub/contracts';

/** One engagement of the demo incident: who, for what, the coordinator's scope and estimate (tax-inclusive). */
export interface DemoOrder {
  partnerId: 'lac' | 'aos' | 'prap' | 'eltes' | 'bell24' | 'isr';
  supportFunction: SupportFunctionV1;
  scope: string;
  estimateYen: number;
}

/**
 * What a real breach of an EC site needs in its first weeks (seed 003 §6: initial response, PR, inquiries), each
 * estimate above what the simulated partner will bill, so its invoice settles at once; LAC's, below, waits for an
 * approver. Trust recovery (I.S.Rating) is engaged at the end, once the rest is done.
 */
export const FIRST_WAVE: DemoOrder[] = [
  { partnerId: 'lac', supportFunction: 'investigation', scope: 'Incident assessment by interview, forensic investigation of the EC server, advice to stop the damage spreading', estimateYen: 3_000_000 },
  { partnerId: 'aos', supportFunction: 'investigation', scope: '証拠保全: ECサーバと管理者PCのディスクイメージ取得・ハッシュ値記録・保管、再検証、弁護士による報告書', estimateYen: 2_420_000 },
  { partnerId: 'prap', supportFunction: 'crisis_pr', scope: '緊急時広報: ファクトシート、お詫び・プレスリリースの作成と公表、報道モニタリング', estimateYen: 2_200_000 },
  { partnerId: 'eltes', supportFunction: 'crisis_pr', scope: 'SNS・Webモニタリング（炎上兆候の検知と緊急通知）、日次レポート', estimateYen: 2_200_000 },
  { partnerId: 'bell24', supportFunction: 'call_centre', scope: 'お客様お問い合わせ窓口（フリーダイヤル）の開設・運営・閉鎖、日次受電報告', estimateYen: 1_320_000 },
];

export const TRUST_RECOVERY: DemoOrder = {
  partnerId: 'isr',
  supportFunction: 'trust_recovery',
  scope: '再発防止策の実施状況の第三者評価・格付証明書の発行、ウェブサイト及びメールマガジンでの公表',
  estimateYen: 2_420_000,
};
