import { randomUUID } from 'node:crypto';
import type {
  PrapAnkenOrderV1,
  PrapAnkenStatusV1,
  PrapDocumentDraftsV1,
  PrapKohyoReportV1,
  PrapMediaCoverageReportV1,
  PrapSeikyushoV1,
} from '@hub/contracts';
import { computeInvoiceV2 } from '@hub/invoicing';
import { PARTNERS } from '@hub/partners';

/**
 * What PRAP's consultants write, in PRAP's Crisis Desk format: status reports, drafts and their revisions, publication
 * and coverage reports, the invoice. Pure: the back office (prap-desk.ts) decides when each is sent.
 */

/** A matter as PRAP's desk keeps it, what the paperwork is written from. */
export interface AnkenFile {
  ankenNo: string;
  receivedAt: string;
  order: PrapAnkenOrderV1;
}

type Draft = PrapDocumentDraftsV1['documents'][number];

export const FACT_MASTER_NO = (anken: AnkenFile) => `${anken.ankenNo}-D01`;
export const RELEASE_NO = (anken: AnkenFile) => `${anken.ankenNo}-D02`;

const CONSULTANT = 'プラップジャパン 危機管理広報部 高橋';
const now = () => new Date().toISOString();
const tokyoDate = (at: Date | string) => new Date(new Date(at).getTime() + 9 * 3600_000).toISOString().slice(0, 10);

export function statusReport(anken: AnkenFile, jokyo: PrapAnkenStatusV1['jokyo'], extra: Pick<PrapAnkenStatusV1, 'shinchoku' | 'jitaiRiyu' | 'renrakuJiko'> = {}): PrapAnkenStatusV1 {
  return { apiVersion: '1', ankenId: anken.order.ankenId, ankenNo: anken.ankenNo, jokyo, ...extra, hokokuNichiji: now() };
}

const affected = (anken: AnkenFile) => (anken.order.jiko.eikyoKensu !== undefined ? `約${anken.order.jiko.eikyoKensu.toLocaleString('ja-JP')}件` : '件数調査中');

/** The first drafts after the kickoff: the agreed facts, and the apology and press release built on them. */
export function firstDrafts(anken: AnkenFile): Draft[] {
  const { order } = anken;
  return [
    {
      documentNo: FACT_MASTER_NO(anken),
      shubetsu: 'FACT_MASTER',
      han: 1,
      hyodai: `${order.kokyaku.shamei} 情報セキュリティ事案 ファクトマスター`,
      gaiyo: '対外説明の前提となる事実関係の整理です。確定事項と調査中の事項を分けています。',
      honbun: [
        `■事案: ${order.jiko.gaiyo}`,
        `■判明日時: ${order.jiko.hakkenNichiji}`,
        `■影響範囲: 個人情報 ${affected(anken)}（調査継続中）`,
        '■現在の対応: 当該サーバーをネットワークから遮断、外部専門機関による調査を実施中',
        '■関係機関への報告: 個人情報保護委員会へ速報済み、警察に相談済み',
      ].join('\n'),
      sakuseisha: CONSULTANT,
      sakuseiNichiji: now(),
    },
    {
      documentNo: RELEASE_NO(anken),
      shubetsu: 'OWABI_RELEASE',
      han: 1,
      hyodai: '不正アクセスによるお客様情報流出の可能性に関するお詫びとお知らせ',
      gaiyo: '自社サイト掲載および報道各社への配信を想定した第1版です。',
      honbun: releaseText(anken, '一部のお客様'),
      sakuseisha: CONSULTANT,
      sakuseiNichiji: now(),
    },
  ];
}

function releaseText(anken: AnkenFile, whom: string): string {
  return [
    `このたび、${anken.order.kokyaku.shamei}の受注管理サーバーが第三者による不正アクセスを受け、${whom}の個人情報が流出した可能性があることが判明いたしました。`,
    'お客様をはじめ関係者の皆様に多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。',
    '現在、外部の専門機関とともに調査を進めており、判明した事実は速やかにお知らせいたします。',
  ].join('\n');
}

/** The next version of a returned draft: the comments worked in, and said so in the revision note. */
export function revisedDraft(anken: AnkenFile, previous: Draft, comment: string): Draft {
  const han = previous.han + 1;
  const honbun = previous.shubetsu === 'OWABI_RELEASE' ? releaseText(anken, `${affected(anken)}のお客様`) : `${previous.honbun}\n（第${han}版: ご指摘を反映）`;
  return {
    ...previous,
    han,
    honbun,
    gaiyo: `第${han}版です。ご指摘の点を修正しました。`,
    kaiteiMemo: `ご指摘を反映しました: ${comment}`.slice(0, 2000),
    sakuseiNichiji: now(),
  };
}

/** The approved release goes out on the company's site and through a distribution service. */
export function releasePublication(anken: AnkenFile, han: number): PrapKohyoReportV1 {
  const documentNo = RELEASE_NO(anken);
  const slug = documentNo.toLowerCase();
  return {
    apiVersion: '1',
    ankenId: anken.order.ankenId,
    kohyo: [
      { kohyoNo: `${anken.ankenNo}-K01`, documentNo, han, baitai: 'CORPORATE_SITE', url: `https://www.example.co.jp/news/${slug}.html`, kohyoNichiji: now() },
      { kohyoNo: `${anken.ankenNo}-K02`, documentNo, han, baitai: 'PRESS_WIRE', baitaiMei: 'PR TIMES', url: `https://prtimes.example.jp/release/${slug}`, kohyoNichiji: now() },
    ],
  };
}

/**
 * Coverage over the hours since the last report: the first, right after the release, with social media running hot
 * (要警戒); the second, after the press conference, calmer.
 */
export function coverageReport(anken: AnkenFile, sequence: 1 | 2): PrapMediaCoverageReportV1 {
  const to = new Date();
  const from = new Date(to.getTime() - 12 * 3600_000);
  const rows: PrapMediaCoverageReportV1['baitaiBetsu'] =
    sequence === 1
      ? [
          { baitai: 'SHINBUN', kensu: 4, positive: 0, neutral: 3, negative: 1 },
          { baitai: 'TV', kensu: 2, positive: 0, neutral: 1, negative: 1 },
          { baitai: 'WEB', kensu: 38, positive: 2, neutral: 20, negative: 16 },
          { baitai: 'SNS', kensu: 1240, positive: 30, neutral: 610, negative: 600 },
        ]
      : [
          { baitai: 'SHINBUN', kensu: 6, positive: 1, neutral: 5, negative: 0 },
          { baitai: 'TV', kensu: 3, positive: 0, neutral: 3, negative: 0 },
          { baitai: 'WEB', kensu: 22, positive: 4, neutral: 15, negative: 3 },
          { baitai: 'SNS', kensu: 410, positive: 60, neutral: 300, negative: 50 },
        ];
  return {
    apiVersion: '1',
    ankenId: anken.order.ankenId,
    reportNo: `${anken.ankenNo}-M0${sequence}`,
    shukeiKikan: { kaishi: from.toISOString(), shuryo: to.toISOString() },
    baitaiBetsu: rows,
    chumokuKiji: [
      sequence === 1
        ? { baitai: 'SNS', baitaiMei: 'X（旧Twitter）', midashi: '「説明が遅い」との投稿が拡散', tone: 'NEGATIVE', keisaiNichiji: to.toISOString() }
        : { baitai: 'SHINBUN', baitaiMei: '日刊工業新聞', midashi: `${anken.order.kokyaku.shamei}、会見で再発防止策を説明`, tone: 'NEUTRAL', keisaiNichiji: to.toISOString() },
    ],
    keikaiLevel: sequence === 1 ? 'YOKEIKAI' : 'TSUJO',
    sokatsu: sequence === 1 ? 'SNS上で否定的な投稿が拡散しています。記者会見での丁寧な説明を推奨します。' : '記者会見後、報道は事実関係の報道が中心となり沈静化に向かっています。',
    hokokuNichiji: to.toISOString(),
  };
}

/**
 * PRAP's invoice for the matter, totals as its billing system computes them (tax once per rate, 切り捨て): the monthly
 * retainer, the documents, one press conference, and the distribution fee advanced at cost (不課税). ¥2,013,000 in all,
 * within an estimate of that or more.
 */
export function invoiceFor(anken: AnkenFile): PrapSeikyushoV1 {
  const meisai: PrapSeikyushoV1['meisai'] = [
    { hinmoku: 'GETSUGAKU_KOMON', tekiyo: '緊急時広報支援 月額顧問料', suryo: 1, tani: '月', tanka: 800_000, zeiKubun: 'KAZEI_10' },
    { hinmoku: 'HODO_SHIRYO_SAKUSEI', tekiyo: 'ファクトマスター・お詫びリリース作成', suryo: 1, tani: '式', tanka: 400_000, zeiKubun: 'KAZEI_10' },
    { hinmoku: 'KISHA_KAIKEN_SHIEN', tekiyo: '記者会見実施支援（進行・想定問答・トレーニング）', suryo: 1, tani: '回', tanka: 600_000, zeiKubun: 'KAZEI_10' },
    { hinmoku: 'TATEKAE_JIPPI', tekiyo: 'リリース配信サービス利用料（立替金）', suryo: 1, tani: '件', tanka: 33_000, zeiKubun: 'FUKAZEI' },
  ];
  const computed = computeInvoiceV2(
    meisai.map((m, i) => ({ lineNo: i + 1, taxCategory: m.zeiKubun === 'KAZEI_10' ? 'taxable' : 'out_of_scope', taxRate: m.zeiKubun === 'KAZEI_10' ? 10 : null, amountYen: m.suryo * m.tanka })),
    'tax_exclusive',
    'floor',
  );
  return {
    apiVersion: '1',
    ankenId: anken.order.ankenId,
    seikyuNo: `PJ-${tokyoDate(new Date()).slice(0, 7)}-${randomUUID().slice(0, 8).toUpperCase()}`,
    hakkoBi: tokyoDate(new Date()),
    hakkosha: { meisho: PARTNERS.prap.nameJa, tourokuBango: PARTNERS.prap.registrationNumber },
    atena: anken.order.kokyaku.shamei,
    torihikiKikan: { kaishi: tokyoDate(anken.receivedAt), shuryo: tokyoDate(new Date()) },
    kingakuKubun: 'ZEINUKI',
    hasuShori: 'KIRISUTE',
    meisai,
    gokei: {
      zeiritsuBetsu: computed.byRate.map((r) => ({ zeiritsu: r.rate, taishoKingaku: r.amountYen, shohizei: r.taxYen })),
      hikazeiTou: computed.nonTaxableYen,
      seikyuKingaku: computed.grossYen,
    },
  };
}
