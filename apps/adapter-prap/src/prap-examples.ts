import type { PrapAnkenStatusV1, PrapDocumentDraftsV1, PrapKohyoReportV1, PrapMediaCoverageReportV1, PrapSeikyushoV1 } from '@hub/contracts';
import { bodyExample, EXAMPLE_ORDER_ID, type NativeExamples, replaceOrderId } from '@hub/adapter-kit';

/**
 * PRAP's bodies as its API document shows them (issue 12): one crisis-PR matter on the breach found on 2026-11-20 — taken
 * on, the fact master and the apology drafted, the apology published once the coordinator approved it, the coverage
 * read, the month invoiced — as apps/adapter-prap/test/fixtures has them, dated in the past. A submission names the
 * matter in its path and its body: both are the engagement's id.
 */
const ANKEN = { apiVersion: '1', ankenId: EXAMPLE_ORDER_ID } as const;
const withAnken = (summary: string) => `${summary} (${replaceOrderId('ankenId')})`;
const WRITER = 'プラップジャパン 危機管理広報部 高橋';

const status = (summary: string, report: Omit<PrapAnkenStatusV1, keyof typeof ANKEN | 'ankenNo'>) =>
  bodyExample<PrapAnkenStatusV1>(withAnken(summary), { ...ANKEN, ankenNo: 'PRAP-2026-00456', ...report });

const drafts: PrapDocumentDraftsV1 = {
  ...ANKEN,
  documents: [
    {
      documentNo: 'PRAP-2026-00456-D01',
      shubetsu: 'FACT_MASTER',
      han: 1,
      hyodai: '株式会社みなと精機 情報セキュリティ事案 ファクトマスター',
      gaiyo: '対外説明の前提となる事実関係の整理です。確定事項と調査中の事項を分けています。',
      honbun: '■事案: 受注管理サーバーへの不正アクセス\n■判明日時: 2026年11月20日 9時30分\n■影響範囲: 個人情報 約12,000件（調査継続中）\n■現在の対応: 当該サーバーをネットワークから遮断、外部専門機関による調査を実施中',
      sakuseisha: WRITER,
      sakuseiNichiji: '2026-11-20T16:00:00+09:00',
    },
    {
      documentNo: 'PRAP-2026-00456-D02',
      shubetsu: 'OWABI_RELEASE',
      han: 1,
      hyodai: '不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ',
      honbun: 'このたび、当社の受注管理サーバーが第三者による不正アクセスを受け、約12,000件のお客様の個人情報が流出した可能性があることが判明いたしました。',
      sakuseisha: WRITER,
      sakuseiNichiji: '2026-11-20T16:05:00+09:00',
    },
  ],
};

const published = (kohyoNo: string, medium: Pick<PrapKohyoReportV1['kohyo'][number], 'baitai' | 'baitaiMei' | 'url'>) => ({
  kohyoNo,
  documentNo: 'PRAP-2026-00456-D02',
  han: 1,
  ...medium,
  kohyoNichiji: '2026-11-21T10:00:00+09:00',
});
const kohyo: PrapKohyoReportV1 = {
  ...ANKEN,
  kohyo: [
    published('PRAP-2026-00456-K01', { baitai: 'CORPORATE_SITE', url: 'https://www.minato-seiki.example.jp/news/2026/1121.html' }),
    published('PRAP-2026-00456-K02', { baitai: 'PRESS_WIRE', baitaiMei: 'PR TIMES', url: 'https://prtimes.example.jp/release/0456' }),
  ],
};

const coverage: PrapMediaCoverageReportV1 = {
  ...ANKEN,
  reportNo: 'PRAP-2026-00456-M01',
  shukeiKikan: { kaishi: '2026-11-21T10:00:00+09:00', shuryo: '2026-11-21T22:00:00+09:00' },
  baitaiBetsu: [
    { baitai: 'SHINBUN', kensu: 4, positive: 0, neutral: 3, negative: 1 },
    { baitai: 'TV', kensu: 2, positive: 0, neutral: 1, negative: 1 },
    { baitai: 'WEB', kensu: 38, positive: 2, neutral: 20, negative: 16 },
    { baitai: 'SNS', kensu: 1240, positive: 30, neutral: 610, negative: 600 },
  ],
  chumokuKiji: [
    { baitai: 'SNS', baitaiMei: 'X（旧Twitter）', midashi: '「説明が遅い」との投稿が拡散', tone: 'NEGATIVE', keisaiNichiji: '2026-11-21T18:20:00+09:00', url: 'https://x.example.com/status/1' },
    {
      baitai: 'WEB',
      baitaiMei: 'ITmedia NEWS',
      midashi: 'みなと精機に不正アクセス 顧客情報約1万2000件流出の可能性',
      tone: 'NEUTRAL',
      keisaiNichiji: '2026-11-21T12:05:00+09:00',
      url: 'https://news.example.jp/articles/2611/21/news101.html',
    },
  ],
  keikaiLevel: 'YOKEIKAI',
  sokatsu: 'SNS上で否定的な投稿が拡散しています。記者会見での丁寧な説明を推奨します。',
  hokokuNichiji: '2026-11-21T22:30:00+09:00',
};

const seikyusho: PrapSeikyushoV1 = {
  ...ANKEN,
  seikyuNo: 'PJ-2026-11-0461',
  hakkoBi: '2026-11-27',
  hakkosha: { meisho: '株式会社プラップジャパン', tourokuBango: 'T1011001073322' },
  atena: '株式会社みなと精機',
  torihikiKikan: { kaishi: '2026-11-20', shuryo: '2026-11-26' },
  kingakuKubun: 'ZEINUKI',
  hasuShori: 'KIRISUTE',
  meisai: [
    { hinmoku: 'GETSUGAKU_KOMON', tekiyo: '緊急時広報支援 月額顧問料 2026年11月分', suryo: 1, tani: '月', tanka: 800_000, zeiKubun: 'KAZEI_10' },
    { hinmoku: 'HODO_SHIRYO_SAKUSEI', tekiyo: 'ファクトマスター・お詫びリリース作成', suryo: 1, tani: '式', tanka: 400_000, zeiKubun: 'KAZEI_10' },
    { hinmoku: 'KISHA_KAIKEN_SHIEN', tekiyo: '記者会見実施支援（進行・想定問答・トレーニング）', suryo: 1, tani: '回', tanka: 600_000, zeiKubun: 'KAZEI_10' },
    { hinmoku: 'OWABI_BUNSHO', tekiyo: 'お詫び状 作成・発送', suryo: 12_000, tani: '部', tanka: 120, zeiKubun: 'KAZEI_10' },
    { hinmoku: 'TATEKAE_JIPPI', tekiyo: 'リリース配信サービス利用料（立替金）', suryo: 1, tani: '件', tanka: 33_000, zeiKubun: 'FUKAZEI' },
  ],
  gokei: { zeiritsuBetsu: [{ zeiritsu: 10, taishoKingaku: 3_240_000, shohizei: 324_000 }], hikazeiTou: 33_000, seikyuKingaku: 3_597_000 },
};

export const prapExamplesV1: NativeExamples = {
  callbacks: {
    juchu: status('PRAP takes the matter on (受注)', { jokyo: 'JUCHU', renrakuJiko: '担当コンサルタントを選任しました', hokokuNichiji: '2026-11-20T11:20:00+09:00' }),
    kickoff: status('The kick-off meeting is held', { jokyo: 'SHINCHOKU', shinchoku: 'KICKOFF_MTG', renrakuJiko: '経営陣・広報・法務とキックオフ会議を実施', hokokuNichiji: '2026-11-20T15:00:00+09:00' }),
    releasePublished: status('The apology is published', { jokyo: 'SHINCHOKU', shinchoku: 'RELEASE_KOHYO', hokokuNichiji: '2026-11-21T10:00:00+09:00' }),
    kanryo: status('The emergency phase is over (完了)', { jokyo: 'KANRYO', renrakuJiko: '緊急対応フェーズを終了しました', hokokuNichiji: '2026-11-26T18:00:00+09:00' }),
  },
  invoices: { crisisMonth: bodyExample(withAnken("PRAP's invoice for the crisis month, PJ-2026-11-0461"), seikyusho) },
  submissions: {
    'anken/:ankenId/documents': { firstDrafts: bodyExample(withAnken('The fact master and the apology, first versions, for the coordinator to approve'), drafts) },
    'anken/:ankenId/kohyo': {
      releaseOnSiteAndWire: bodyExample(
        withAnken(
          "The apology (D02, version 1) published on the insured's site and on PR TIMES, once the coordinator approved that version (core's POST /orders/{orderId}/deliverables/{deliverableId}/review)",
        ),
        kohyo,
      ),
    },
    'anken/:ankenId/media-coverage': { spreadingOnSns: bodyExample(withAnken("The first day's coverage: negative posts spreading on social media"), coverage) },
  },
};
