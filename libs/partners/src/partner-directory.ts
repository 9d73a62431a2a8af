/**
 * The partner firms the coordinator can engage, and the support functions each provides (seed 000/004).
 * An order is only issued to a partner for a function it provides. Adding a partner (Weber Shandwick,
 * CMG Japan) starts here, with an adapter app and a mapping beside it.
 */
import type { SupportFunctionV1 } from '@hub/contracts';

/** The support functions (機能) are defined by the contract. */
export type SupportFunction = SupportFunctionV1;

export interface PartnerProfile {
  readonly id: string;
  readonly name: string;
  readonly nameJa: string;
  readonly functions: readonly SupportFunction[];
  /**
   * The partner's qualified-invoice issuer registration number (適格請求書発行事業者登録番号). Every invoice and return
   * invoice from the partner must carry this one: another valid number is another business's invoice.
   */
  readonly registrationNumber: string;
}

/**
 * The registration numbers below are synthetic (valid check digits, made-up corporate numbers): this machine cannot
 * reach the NTA publication site to look the real ones up. Onboarding a partner for production means entering the
 * number from its own invoices here, checked against https://www.invoice-kohyo.nta.go.jp/.
 */
export const PARTNERS = {
  lac: { id: 'lac', name: 'LAC Co., Ltd.', nameJa: '株式会社ラック', functions: ['investigation'], registrationNumber: 'T9010001041100' },
  aos: { id: 'aos', name: 'AOS Legaltech', nameJa: 'AOSリーガルテック株式会社', functions: ['investigation'], registrationNumber: 'T8011001062211' },
  prap: { id: 'prap', name: 'PRAP Japan', nameJa: '株式会社プラップジャパン', functions: ['crisis_pr'], registrationNumber: 'T1011001073322' },
  eltes: { id: 'eltes', name: 'Eltes', nameJa: '株式会社エルテス', functions: ['crisis_pr'], registrationNumber: 'T3011001084433' },
  bell24: { id: 'bell24', name: 'Bell System 24', nameJa: '株式会社ベルシステム24', functions: ['call_centre'], registrationNumber: 'T4011101095544' },
  isr: { id: 'isr', name: 'I.S.Rating', nameJa: '株式会社アイ・エス・レーティング', functions: ['trust_recovery'], registrationNumber: 'T4010401106655' },
  // Also named in the seeds for crisis PR (issue 9): in the directory, so the coordinator can engage them.
  'weber-shandwick': { id: 'weber-shandwick', name: 'Weber Shandwick', nameJa: 'ウェーバー・シャンドウィック', functions: ['crisis_pr'], registrationNumber: 'T6010401117766' },
  cmg: { id: 'cmg', name: 'CMG Japan', nameJa: 'CMGジャパン', functions: ['crisis_pr'], registrationNumber: 'T3010001128877' },
} as const satisfies Record<string, PartnerProfile>;

export type PartnerId = keyof typeof PARTNERS;

export function findPartner(partnerId: string): PartnerProfile | undefined {
  return Object.prototype.hasOwnProperty.call(PARTNERS, partnerId) ? PARTNERS[partnerId as PartnerId] : undefined;
}

export function partnerProvides(partnerId: string, fn: SupportFunction): boolean {
  return findPartner(partnerId)?.functions.includes(fn) ?? false;
}
