/**
 * A policy's terms as settlement needs them, built only through `definePolicyTerms`, which applies each
 * product's rules (product-rules.ts) and names the field of every violation.
 */
import { addYears, isIsoDate, type IsoDate } from './iso-date';
import type { FieldIssue } from './input-error';
import { formatYen, isPositiveYen, isYen, type Yen } from './money';
import {
  CHAMBER_SET_LIMITS, CHAMBER_SETS, CHAMBER_VARIANTS, CYBER_LITE_MAX_EXPENSE_YEN, CYBER_LITE_MAX_LIABILITY_YEN,
  DEFAULT_CONDOLENCE_CAPS, defaultExpenseSublimitYen, MAX_CONDOLENCE_CAPS, PERIOD_YEARS, POLICY_PRODUCTS,
  type ChamberSet, type ChamberVariant, type PolicyProduct,
} from './product-rules';

interface CommonTerms {
  /**
   * 初年度保険始期日: the first day of the first policy year. A renewal keeps it; the current period starts on or
   * after it. Seed 003 §5(7) dates the retroactive date from it.
   */
  readonly firstInceptionDate: IsoDate;
  /** First day of the current policy period. */
  readonly periodStart: IsoDate;
  /** Last day of the period, inclusive: the anniversary of `periodStart` (policies run 16:00 to 16:00). */
  readonly periodEnd: IsoDate;
  /**
   * 遡及日: accidents that occurred before it are not covered. Seed 003 §5(7): 遡及日は当社『サイバー保険』または
   * 『サイバーＬｉｔｅ』の初年度保険始期日のいずれか早い日 — so it defaults to `firstInceptionDate` and is never after
   * it (an earlier サイバー保険 with the insurer can only move it earlier). On a renewal it lies before the period.
   */
  readonly retroactiveDate: IsoDate;
  /** ア liability, per accident and in aggregate for the period; the outer limit. */
  readonly liabilityLimitYen: Yen;
  /** イ incident-response expense sublimit, per accident and in aggregate for the period; inside liability (内枠). */
  readonly expenseSublimitYen: Yen;
  /** 自己負担額 on expenses, per accident; borne by the insured out of the accident's first covered yen. */
  readonly expenseDeductibleYen: Yen;
  /** Condolence money or gifts, the most covered per affected individual / corporation. */
  readonly condolenceCaps: { readonly perIndividualYen: Yen; readonly perCorporationYen: Yen };
}

export type CyberLiteTerms = CommonTerms & { readonly product: 'cyber-lite' };
export type PrivacyMarkTerms = CommonTerms & { readonly product: 'privacy-mark' };
export type ChamberTerms = CommonTerms & {
  readonly product: 'chamber-of-commerce';
  readonly chamberSet: ChamberSet;
  readonly variant: ChamberVariant;
};
export type PolicyTerms = CyberLiteTerms | ChamberTerms | PrivacyMarkTerms;

/** What the insurer states; omitted amounts take the product's defaults. Checked at run time as well. */
export interface PolicyTermsInput {
  readonly product: PolicyProduct;
  /** Chamber of Commerce only. */
  readonly chamberSet?: ChamberSet;
  readonly variant?: ChamberVariant;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  /** Defaults to periodStart (a first-year policy). */
  readonly firstInceptionDate?: IsoDate;
  /** Defaults to firstInceptionDate. */
  readonly retroactiveDate?: IsoDate;
  /** Required for サイバーLite, privacy-mark and Chamber set E; for sets A–D, if given, must be the set's figure. */
  readonly liabilityLimitYen?: Yen;
  /** サイバーLite / privacy-mark: defaults to 10% of liability. Chamber E: required. Chamber A–D: the set's figure. */
  readonly expenseSublimitYen?: Yen;
  readonly expenseDeductibleYen?: Yen;
  readonly condolenceCaps?: { readonly perIndividualYen?: Yen; readonly perCorporationYen?: Yen };
}

export type DefinePolicyTermsResult = { ok: true; terms: PolicyTerms } | { ok: false; issues: FieldIssue[] };

type Limits = { liabilityLimitYen: Yen; expenseSublimitYen: Yen };

export function definePolicyTerms(input: PolicyTermsInput): DefinePolicyTermsResult {
  const issues: FieldIssue[] = [];
  const fail = (field: string, reason: string) => issues.push({ field, reason });
  if (!(POLICY_PRODUCTS as readonly unknown[]).includes(input.product)) {
    fail('product', `must be one of ${POLICY_PRODUCTS.join(', ')}`);
    return { ok: false, issues };
  }
  const dates = checkPeriod(input, fail);
  const limits = input.product === 'chamber-of-commerce' ? chamberLimits(input, fail) : cyberLiteLimits(input, fail);
  const expenseDeductibleYen = input.expenseDeductibleYen ?? 0;
  if (!isYen(expenseDeductibleYen)) fail('expenseDeductibleYen', 'must be a whole number of yen, 0 or more');
  // Seed 002, 支払限度額 table: 免責金額 — 賠償損害 なし, 費用損害 なし, for every set. A deductible on the Chamber plan
  // would keep yen from the insured that its policy pays, so one is refused rather than stored.
  else if (input.product === 'chamber-of-commerce' && expenseDeductibleYen > 0) {
    fail('expenseDeductibleYen', 'the Chamber of Commerce plan has no deductible (免責金額 なし, seed 002): omit it or give 0');
  }
  const perIndividualYen = input.condolenceCaps?.perIndividualYen ?? DEFAULT_CONDOLENCE_CAPS.perIndividualYen;
  const perCorporationYen = input.condolenceCaps?.perCorporationYen ?? DEFAULT_CONDOLENCE_CAPS.perCorporationYen;
  if (!isYen(perIndividualYen)) fail('condolenceCaps.perIndividualYen', 'must be a whole number of yen, 0 or more');
  if (!isYen(perCorporationYen)) fail('condolenceCaps.perCorporationYen', 'must be a whole number of yen, 0 or more');
  if (perIndividualYen > MAX_CONDOLENCE_CAPS.perIndividualYen) fail('condolenceCaps.perIndividualYen', `must not exceed ${formatYen(MAX_CONDOLENCE_CAPS.perIndividualYen)}`);
  if (perCorporationYen > MAX_CONDOLENCE_CAPS.perCorporationYen) fail('condolenceCaps.perCorporationYen', `must not exceed ${formatYen(MAX_CONDOLENCE_CAPS.perCorporationYen)}`);
  if (issues.length > 0 || !limits || !dates) return { ok: false, issues };

  const common: CommonTerms = {
    ...dates,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    ...limits,
    expenseDeductibleYen,
    condolenceCaps: { perIndividualYen, perCorporationYen },
  };
  if (input.product === 'chamber-of-commerce') {
    return { ok: true, terms: { ...common, product: input.product, chamberSet: input.chamberSet as ChamberSet, variant: input.variant as ChamberVariant } };
  }
  return { ok: true, terms: { ...common, product: input.product } };
}

type Fail = (field: string, reason: string) => void;

function checkPeriod(input: PolicyTermsInput, fail: Fail): { firstInceptionDate: IsoDate; retroactiveDate: IsoDate } | undefined {
  for (const field of ['periodStart', 'periodEnd'] as const) if (!isIsoDate(input[field])) fail(field, 'must be a calendar date YYYY-MM-DD');
  for (const field of ['firstInceptionDate', 'retroactiveDate'] as const) {
    if (input[field] !== undefined && !isIsoDate(input[field])) fail(field, 'must be a calendar date YYYY-MM-DD');
  }
  if (!isIsoDate(input.periodStart)) return undefined;
  const years = PERIOD_YEARS[input.product];
  const expectedEnd = addYears(input.periodStart, years);
  if (isIsoDate(input.periodEnd) && input.periodEnd !== expectedEnd) {
    fail('periodEnd', `must be ${years} year(s) after periodStart (${expectedEnd}) for ${input.product}`);
  }
  const firstInceptionDate = input.firstInceptionDate ?? input.periodStart;
  const retroactiveDate = input.retroactiveDate ?? firstInceptionDate;
  if (!isIsoDate(firstInceptionDate) || !isIsoDate(retroactiveDate)) return undefined;
  if (firstInceptionDate > input.periodStart) {
    fail('firstInceptionDate', `must not be after periodStart (${input.periodStart}): the current period is the first year or a renewal of it`);
  }
  if (retroactiveDate > firstInceptionDate) {
    fail(
      'retroactiveDate',
      input.firstInceptionDate === undefined
        ? `must not be after periodStart (${input.periodStart})`
        : `must not be after firstInceptionDate (${firstInceptionDate}): seed 003 sets it to the earliest first-year inception`,
    );
  }
  return { firstInceptionDate, retroactiveDate };
}

/** サイバーLite and privacy-mark (seed 003 §5(3); seed 004 gives no other figures). */
function cyberLiteLimits(input: PolicyTermsInput, fail: Fail): Limits | undefined {
  if (input.chamberSet !== undefined) fail('chamberSet', 'applies only to chamber-of-commerce');
  if (input.variant !== undefined) fail('variant', 'applies only to chamber-of-commerce');
  const liability = input.liabilityLimitYen;
  if (!isPositiveYen(liability)) {
    fail('liabilityLimitYen', 'is required: a whole number of yen above 0');
    return undefined;
  }
  if (liability > CYBER_LITE_MAX_LIABILITY_YEN) {
    fail('liabilityLimitYen', `must not exceed ${formatYen(CYBER_LITE_MAX_LIABILITY_YEN)} for ${input.product}`);
  }
  const expense = input.expenseSublimitYen ?? defaultExpenseSublimitYen(liability);
  if (!isPositiveYen(expense)) {
    fail('expenseSublimitYen', 'must be a whole number of yen above 0');
    return undefined;
  }
  if (expense > CYBER_LITE_MAX_EXPENSE_YEN) {
    fail('expenseSublimitYen', `must not exceed ${formatYen(CYBER_LITE_MAX_EXPENSE_YEN)} for ${input.product}`);
  }
  if (expense > liability) fail('expenseSublimitYen', 'is an inner limit of liability and must not exceed liabilityLimitYen');
  return { liabilityLimitYen: liability, expenseSublimitYen: expense };
}

/** Chamber of Commerce (seed 002): sets A–D fix both limits; set E takes them from the policy. */
function chamberLimits(input: PolicyTermsInput, fail: Fail): Limits | undefined {
  if (!(CHAMBER_VARIANTS as readonly unknown[]).includes(input.variant)) fail('variant', `must be one of ${CHAMBER_VARIANTS.join(', ')}`);
  if (!(CHAMBER_SETS as readonly unknown[]).includes(input.chamberSet)) {
    fail('chamberSet', `must be one of ${CHAMBER_SETS.join(', ')}`);
    return undefined;
  }
  const { liabilityLimitYen: liability, expenseSublimitYen: expense } = input;
  if (input.chamberSet === 'E') {
    if (!isPositiveYen(liability)) fail('liabilityLimitYen', 'is required for set E: a whole number of yen above 0');
    if (!isPositiveYen(expense)) fail('expenseSublimitYen', 'is required for set E: a whole number of yen above 0');
    if (!isPositiveYen(liability) || !isPositiveYen(expense)) return undefined;
    if (expense > liability) fail('expenseSublimitYen', 'is an inner limit of liability and must not exceed liabilityLimitYen');
    return { liabilityLimitYen: liability, expenseSublimitYen: expense };
  }
  const set = CHAMBER_SET_LIMITS[input.chamberSet as Exclude<ChamberSet, 'E'>];
  if (liability !== undefined && liability !== set.liabilityLimitYen) {
    fail('liabilityLimitYen', `must be ${formatYen(set.liabilityLimitYen)} for set ${input.chamberSet} (or omitted)`);
  }
  if (expense !== undefined && expense !== set.expenseSublimitYen) {
    fail('expenseSublimitYen', `must be ${formatYen(set.expenseSublimitYen)} for set ${input.chamberSet} (or omitted)`);
  }
  return { ...set };
}
