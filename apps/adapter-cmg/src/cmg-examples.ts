import type { CmgFeeNoteV1, CmgMandateLogV1, CmgStatementDraftV1 } from '@hub/contracts';
import { bodyExample, EXAMPLE_ORDER_ID, type NativeExamples, replaceOrderId } from '@hub/adapter-kit';

/**
 * CMG Japan's bodies as its API document shows them (issue 12): one crisis-communications mandate on the breach found on
 * 2026-11-20 — engaged, the crisis cell, the holding statement and the media Q&A released for sign-off, the press
 * conference, the fee note — as apps/adapter-cmg/test/fixtures has them, dated in the past. A statement names the
 * mandate in its path and its body: both are the engagement's id.
 */
const MANDATE = { crisisRoomApi: '1', mandateId: EXAMPLE_ORDER_ID } as const;
const withMandate = (summary: string) => `${summary} (${replaceOrderId('mandateId')})`;
const CONSULTANT = 'CMGジャパン シニアコンサルタント 中村';

const entry = (summary: string, log: Omit<CmgMandateLogV1, keyof typeof MANDATE | 'cmgMandateNo'>) =>
  bodyExample<CmgMandateLogV1>(withMandate(summary), { ...MANDATE, cmgMandateNo: 'CMG-26-0117', ...log });

const statement = (summary: string, draft: CmgStatementDraftV1['statement']) => bodyExample<CmgStatementDraftV1>(withMandate(summary), { ...MANDATE, statement: draft });

const feeNote: CmgFeeNoteV1 = {
  ...MANDATE,
  feeNoteNo: 'CMG-FN-2611-0151',
  issuedOn: '2026-11-27',
  issuer: { legalName: 'CMGジャパン', registrationNo: 'T3010001128877' },
  billTo: '株式会社みなと精機',
  servicePeriod: { start: '2026-11-20', end: '2026-11-26' },
  pricesIncludeTax: false,
  taxRounding: 'ROUND_DOWN',
  fees: [
    { service: 'RETAINER', narrative: '危機管理広報リテイナー 2026年11月分', quantity: 1, unit: 'RETAINER_MONTH', rateYen: 300_000, taxTreatment: 'STANDARD_10' },
    { service: 'CRISIS_CONSULTING', narrative: '危機対応コンサルティング（メディア対応方針の策定を含む）', quantity: 10.5, unit: 'HOUR', rateYen: 40_000, taxTreatment: 'STANDARD_10' },
    { service: 'CRISIS_SIMULATION', narrative: 'クライシス・シミュレーション（ホールディング・ステートメント作成を含む）', quantity: 1, unit: 'SESSION', rateYen: 250_000, taxTreatment: 'STANDARD_10' },
    { service: 'SPOKESPERSON_TRAINING', narrative: '記者会見トレーニング（スポークスパーソン2名）', quantity: 1, unit: 'SESSION', rateYen: 350_000, taxTreatment: 'STANDARD_10' },
    { service: 'DISBURSEMENT', narrative: 'トレーニング会場・撮影機材費（立替金）', quantity: 1, unit: 'LOT', rateYen: 55_000, taxTreatment: 'OUT_OF_SCOPE' },
  ],
  summary: { taxableByRate: [{ ratePercent: 10, subtotalYen: 1_320_000, taxYen: 132_000 }], untaxedYen: 55_000, totalDueYen: 1_507_000 },
};

export const cmgExamplesV1: NativeExamples = {
  callbacks: {
    engaged: entry('CMG takes the mandate on', { entryType: 'ENGAGED', consultantNote: 'シニアコンサルタント中村を主担当に選任しました', loggedAt: '2026-11-20T11:20:00+09:00' }),
    crisisCellConvened: entry('The crisis cell is convened', {
      entryType: 'MILESTONE',
      milestone: 'CRISIS_CELL_CONVENED',
      consultantNote: '経営陣・広報・法務・情報システムで危機対策チームを招集',
      loggedAt: '2026-11-20T13:00:00+09:00',
    }),
    holdingStatementIssued: entry('The holding statement is out', { entryType: 'MILESTONE', milestone: 'HOLDING_STATEMENT_ISSUED', loggedAt: '2026-11-21T09:00:00+09:00' }),
    pressConferenceHeld: entry('The press conference is held', { entryType: 'MILESTONE', milestone: 'PRESS_CONFERENCE_HELD', loggedAt: '2026-11-23T17:00:00+09:00' }),
    completed: entry('The emergency phase is over', { entryType: 'COMPLETED', consultantNote: '緊急対応フェーズを終了しました', loggedAt: '2026-11-25T18:00:00+09:00' }),
  },
  invoices: { crisisFortnight: bodyExample(withMandate("CMG's fee note for the crisis, CMG-FN-2611-0151"), feeNote) },
  submissions: {
    'mandates/:mandateId/statements': {
      holdingStatement: statement('The holding statement, revision 1, for the client to sign off', {
        statementRef: 'CMG-26-0117-HS01',
        statementType: 'HOLDING_STATEMENT',
        revision: 1,
        headline: '不正アクセスに関するお知らせとお詫び（第一報）',
        bodyText:
          '当社は、受注管理サーバーに対する第三者からの不正アクセスを確認いたしました。現在、外部専門機関とともに影響範囲を調査中です。お客様をはじめ関係者の皆様にご心配をおかけしておりますことを、心よりお詫び申し上げます。判明した事実は速やかにお知らせいたします。',
        audience: '報道機関・お客様',
        consultantNote: '事実が確定するまでの第一報です。確定していない件数には触れていません。',
        draftedBy: CONSULTANT,
        releasedForSignOffAt: '2026-11-20T16:30:00+09:00',
      }),
      mediaQa: statement("The press conference's media Q&A, revision 1", {
        statementRef: 'CMG-26-0117-QA01',
        statementType: 'MEDIA_QA',
        revision: 1,
        headline: '記者会見 想定問答（第1版）',
        bodyText: 'Q. 流出した件数は？\nA. 現在調査中です。確定次第お知らせいたします。\nQ. クレジットカード情報は含まれますか？\nA. 当該サーバーではカード情報を保持しておりません。',
        draftedBy: CONSULTANT,
        releasedForSignOffAt: '2026-11-21T10:00:00+09:00',
      }),
    },
  },
};
