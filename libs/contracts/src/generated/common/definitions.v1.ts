/**
 * Generated from contracts/common/definitions.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * A support function (機能) of the emergency support service: investigation & emergency response, crisis PR, call centre, trust recovery.
 */
export type SupportFunctionV1 = "investigation" | "crisis_pr" | "call_centre" | "trust_recovery";

/**
 * leak: personal or confidential data has leaked; threat: only the threat of unauthorised access exists (covered only when reported by a public authority or the insured's security operations provider).
 */
export type IncidentKindV1 = "leak" | "threat";

/**
 * The incident (事故) as reported by the insured.
 */
export interface IncidentV1 {
  kind: IncidentKindV1;
  /**
   * What happened, in the insured's words.
   */
  summary: string;
  /**
   * When the insured learned of the leak or threat.
   */
  discoveredAt: string;
  /**
   * Estimated number of personal-data records affected, if known.
   */
  estimatedRecords?: number;
}

/**
 * The insurer's policy number: upper-case letters, digits and hyphens.
 */
export type PolicyNumberV1 = string;

/**
 * The insurance product: サイバーLite, the Chamber of Commerce plan, or the Privacy-mark package.
 */
export type PolicyProductV1 = "cyber-lite" | "chamber-of-commerce" | "privacy-mark";

/**
 * The insured (被保険者) company.
 */
export interface InsuredCompanyV1 {
  /**
   * Registered company name; may contain full-width characters.
   */
  name: string;
  /**
   * Japanese corporate number (法人番号), 13 digits.
   */
  corporateNumber?: string;
}

/**
 * The hub's id of a partner firm, e.g. lac, aos, prap, eltes, bell24, isr.
 */
export type PartnerIdV1 = string;

/**
 * A person's name as they write it; may contain full-width characters.
 */
export type PersonNameV1 = string;

/**
 * A telephone number: digits, +, -, spaces and parentheses, 6 to 20 characters.
 */
export type PhoneNumberV1 = string;

/**
 * An e-mail address.
 */
export type EmailAddressV1 = string;

/**
 * The usage notice (利用連絡): the insured's request to use the emergency support service, and whom to contact.
 */
export interface UsageNoticeV1 {
  contactName: PersonNameV1;
  contactPhone: PhoneNumberV1;
  contactEmail?: EmailAddressV1;
  /**
   * The support functions the insured asks for; coordination and finance are always included and are not listed.
   *
   * @minItems 1
   */
  requestedFunctions: SupportFunctionV1[];
}

/**
 * Lifecycle status of an engagement order in the hub: issued by core, then as reported by the partner, then closed or cancelled by the coordinator.
 */
export type OrderStatusV1 =
  "issued" | "acknowledged" | "accepted" | "declined" | "in_progress" | "work_complete" | "closed" | "cancelled";

/**
 * A named step of the partner's work, e.g. hearing_done, forensic_investigation_started, preliminary_report_delivered.
 */
export type MilestoneV1 = string;

/**
 * One reason an input was rejected: which field and why.
 */
export interface ValidationIssueV1 {
  /**
   * Dotted path of the field, e.g. insured.contactPhone or lines[2].unitPrice; (root) for the whole document.
   */
  field: string;
  /**
   * Why, in plain English, e.g. is required, must be one of: leak, threat.
   */
  reason: string;
}
