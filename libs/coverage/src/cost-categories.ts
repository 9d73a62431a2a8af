/**
 * The cost categories a partner invoice line can carry, and which of them each product covers.
 * The Japanese terms are the seeds' own; seed 003 §5 is サイバーLite's list (イ ① and ②), seed 002 the Chamber
 * plan's (対象となる費用, plus プレミアムプラン 追加で対象となる費用), seed 001 the full サイバー保険's.
 */
import type { PolicyTerms } from './policy-terms';

export const COST_CATEGORIES = [
  /** 事故原因・被害範囲調査費用 (002) / 原因究明・影響範囲調査 (003 §6, LAC, AOS): forensics, malware analysis, scope. */
  'cause_and_scope_investigation',
  /** 損害拡大防止費用 (003 §5) / 被害拡大防止費用 (002 premium): stopping the damage spreading. */
  'damage_spread_prevention',
  /** 再発防止実施費用 (003 §5) / 再発防止費用 (002 premium): interim and permanent measures, their certification (I.S.Rating). */
  'recurrence_prevention',
  /** 謝罪文作成・送付費用 (003 §5) / 詫び状発送 (002 example): writing and mailing apology letters. */
  'apology_letters',
  /** 社告費用 (003 §5) / 広告宣伝活動費用 (002) / お詫び掲載・新聞社告・記者会見: public notices, press, PR support. */
  'public_notice_and_press',
  /** コールセンター費用 (003 §5, 002 example): setting up, running and closing a call centre (Bell System 24). */
  'call_centre',
  /** 弁護士相談費用 (003 §5) / 法律相談費用 (002). */
  'lawyer_consultation',
  /** コンサルティング費用 (002; 000 and 003 §6 under サイバーLite's claim payment): incident consulting. */
  'consulting',
  /** 見舞金・見舞品購入費用 (002 特長3) / 見舞品費用 (000, 003 §6): condolence money or gifts to victims; capped per victim. */
  'condolence_money_or_gifts',
  /** クレジット情報モニタリング費用 (002 premium) / 情報漏えいのモニタリング (001). */
  'credit_monitoring',
  /** 公的調査対応費用 (002 premium) / 法令等対応費用 (001): responding to an investigation by a public body. */
  'regulatory_investigation_response',
  /** 情報機器等修理費用・データ復旧費用・ウェブサイト復旧費用 (003 §5) / 情報システム等復旧費用 (002 premium) / データ復旧 (002 example). */
  'system_data_website_recovery',
  /** 使用人等の超過勤務手当て・臨時雇入れ費用 (003 §5): staff overtime and temporary hires. */
  'staff_overtime_and_temporary_hires',
  /** Threat only — 不正アクセス等の有無を判断するための外部調査機関への調査依頼費用 (003 §5 イ②) / サイバー攻撃調査費用 (002 premium). */
  'threat_investigation',
  /** Threat only — ネットワークの遮断対応を外部委託した場合に支出する費用 (003 §5 イ②; 001 サイバー攻撃対応費用). */
  'network_isolation',
] as const;

export type CostCategory = (typeof COST_CATEGORIES)[number];

export function isCostCategory(value: unknown): value is CostCategory {
  return (COST_CATEGORIES as readonly unknown[]).includes(value);
}

// threat_investigation and network_isolation exist because a threat of unauthorised access was found (seed 003 §5
// イ②). The reporting condition of seed 003 (注) is deliberately not attached to these labels: it is a condition on
// the case (coverage-refusal.ts), holding for every line of a threat case and for none of a confirmed one.

/**
 * サイバーLite, seed 003 §5 イ: ① 情報漏えい対応費用, 再発防止実施費用, 損害拡大防止費用, 謝罪文作成・送付費用,
 * 超過勤務手当て・臨時雇入れ費用, 社告費用, コールセンター費用, 弁護士相談費用, 情報機器等修理費用, データ復旧費用,
 * ウェブサイト復旧費用 "等"; ② threat investigation and network isolation. Choices where the list is not explicit:
 * - cause_and_scope_investigation: covered — it is the core of 情報漏えい対応費用, and 003 §6 (特徴3) pays the
 *   investigation function's fees from the claim.
 * - consulting and condolence: covered — seeds 000 and 003 §6 list コンサルティング費用 and 見舞品費用 among what
 *   サイバーLite's claim payment pays, and 003 §5(2) gives 見舞品の送付 as a covered example.
 * - credit_monitoring and regulatory_investigation_response: NOT covered — §5 does not name them (the モニタリング
 *   費用 in 003 §3 is an example of damage, not of cover; 法令等対応費用 belongs to the full サイバー保険, seed 001).
 * - 求償費用 (recourse costs) is in §5 but no partner function invoices it, so it has no category yet.
 */
const CYBER_LITE: readonly CostCategory[] = [
  'cause_and_scope_investigation', 'damage_spread_prevention', 'recurrence_prevention', 'apology_letters',
  'public_notice_and_press', 'call_centre', 'lawyer_consultation', 'consulting', 'condolence_money_or_gifts',
  'system_data_website_recovery', 'staff_overtime_and_temporary_hires', 'threat_investigation', 'network_isolation',
];

/**
 * Chamber standard, seed 002 対象となる費用: 事故対応費用, 事故原因・被害範囲調査費用, 広告宣伝活動費用, 法律相談費用,
 * コンサルティング費用, 見舞金・見舞品購入費用. The seed does not break 事故対応費用 (incident-response costs) down;
 * we read it as the running costs of the response — apology letters, call centre, staff overtime and temporary
 * hires — because the seed's own worked example counts 詫び状発送 and コールセンター among the ¥114.7M
 * "費用損害として補償", and these are what the same insurer's サイバーLite lists as response costs.
 */
const CHAMBER_STANDARD: readonly CostCategory[] = [
  'cause_and_scope_investigation', 'apology_letters', 'public_notice_and_press', 'call_centre',
  'lawyer_consultation', 'consulting', 'condolence_money_or_gifts', 'staff_overtime_and_temporary_hires',
];

/**
 * Chamber premium, seed 002 追加で対象となる費用: クレジット情報モニタリング費用, 公的調査対応費用, 情報システム等復旧
 * 費用, 被害拡大防止費用, 再発防止費用, and サイバー攻撃調査費用 (a cyber attack "またはそのおそれ": threat_investigation).
 * network_isolation is not named by seed 002 for either variant, so it stays uncovered on the Chamber plan.
 */
const CHAMBER_PREMIUM: readonly CostCategory[] = [
  ...CHAMBER_STANDARD,
  'credit_monitoring', 'regulatory_investigation_response', 'system_data_website_recovery',
  'damage_spread_prevention', 'recurrence_prevention', 'threat_investigation',
];

/**
 * Privacy-mark package: seed 004 sells "専用のサイバー保険" — the full cyber policy of seed 001, not サイバーLite —
 * whose covers are 事故対応特別費用 (investigation, press, call centre, data and equipment recovery, consulting),
 * サイバー攻撃対応費用 (attack check, network isolation, lawyers), 情報漏えい対応費用 (見舞金・見舞品, leak
 * monitoring) and 法令等対応費用 (public investigations). Together these reach every category.
 */
const PRIVACY_MARK: readonly CostCategory[] = [...COST_CATEGORIES];

const TABLE = {
  'cyber-lite': new Set(CYBER_LITE),
  'chamber-of-commerce/standard': new Set(CHAMBER_STANDARD),
  'chamber-of-commerce/premium': new Set(CHAMBER_PREMIUM),
  'privacy-mark': new Set(PRIVACY_MARK),
} as const satisfies Record<string, ReadonlySet<CostCategory>>;

/** The categories a policy's expense sublimit pays for (a fresh set each call, so no caller can alter the table). */
export function coveredCategories(terms: PolicyTerms): ReadonlySet<CostCategory> {
  switch (terms.product) {
    case 'cyber-lite':
      return new Set(TABLE['cyber-lite']);
    case 'privacy-mark':
      return new Set(TABLE['privacy-mark']);
    case 'chamber-of-commerce':
      return new Set(terms.variant === 'premium' ? TABLE['chamber-of-commerce/premium'] : TABLE['chamber-of-commerce/standard']);
  }
}
