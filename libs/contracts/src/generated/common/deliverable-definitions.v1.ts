/**
 * Generated from contracts/common/deliverable-definitions.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The partner's kind of deliverable, in lower-case words: press_release_draft, monitoring_alert, inquiry_figures, rating_certificate, evidence_item.
 */
export type DeliverableKindV1 = string;

/**
 * The partner's own id of the thing delivered (a document number, a post's URL, a report date, a certificate number, an evidence id); with the kind it names one thing on the order.
 */
export type DeliverableReferenceV1 = string;

/**
 * One fact as the partner stated it: text, a whole number (yen, counts, bytes), a truth value or null; a list of these or of rows of named figures; or one row of named figures.
 */
export type FactValueV1 =
  | string
  | number
  | boolean
  | null
  | (
      | string
      | number
      | boolean
      | null
      | {
          [k: string]: string | number | boolean | null;
        }
    )[]
  | {
      [k: string]: string | number | boolean | null;
    };

/**
 * The deliverable's figures and facts by name, checked by the partner's adapter against the partner contract named in factsContract.
 */
export interface DeliverableFactsV1 {
  [k: string]: FactValueV1;
}

/**
 * Another deliverable of the same order, by kind and reference (its latest version).
 */
export interface DeliverableRefV1 {
  kind: DeliverableKindV1;
  reference: DeliverableReferenceV1;
}

/**
 * One thing a partner delivered or reported on an order, mapped by its adapter from the partner's native form. The rules that bind it (a changed resend refused or collapsed, a publication only after approval, a restated fact compared) were applied by the adapter before it was published.
 */
export interface DeliverableV1 {
  /**
   * The hub's id of this version of the deliverable, derived from the partner, order, kind, reference and version: the same deliverable sent again has the same id.
   */
  deliverableId: string;
  /**
   * The engagement order it belongs to.
   */
  orderId: string;
  kind: DeliverableKindV1;
  reference: DeliverableReferenceV1;
  /**
   * Its version: a document returned with comments comes back as the next version.
   */
  version: number;
  /**
   * One line for people, as the partner wrote it (usually Japanese).
   */
  title: string;
  /**
   * More of what the partner said about it.
   */
  summary?: string;
  /**
   * urgent: on the coordinator's timeline at once, as an alert; normal: one timeline entry; bulk: counted per hour on the timeline (monitoring alerts that are not urgent).
   */
  attention: "urgent" | "normal" | "bulk";
  /**
   * When it happened or was made, on the partner's clock.
   */
  occurredAt: string;
  facts: DeliverableFactsV1;
  /**
   * The partner contract its facts were checked against, e.g. partners/bell24/inquiry-figures.v1.
   */
  factsContract?: string;
  /**
   * What a second submission of the same kind, reference and version does: refuse_changes — the same content counts once and changed content is refused (a record that can only be appended to); collapse — it is counted as a repeat of the first and changes nothing (the same post alerted again).
   */
  repeats: "refuse_changes" | "collapse";
  /**
   * true when the coordinator approves or returns it (a draft of a press release); the partner is told of the decision.
   */
  needsApproval: boolean;
  publishes?: DeliverableRefV1;
  /**
   * Facts of an earlier deliverable this one states again (a hash re-verified): compared by the adapter, and any difference is raised as a discrepancy.
   */
  restates?: {
    kind: DeliverableKindV1;
    reference: DeliverableReferenceV1;
    /**
     * The names of the facts that must be equal in both.
     *
     * @minItems 1
     * @maxItems 20
     */
    facts: string[];
  };
  /**
   * Set by the adapter when a restated fact differs from the earlier deliverable's: what differs. Such a deliverable is always urgent.
   */
  discrepancy?: string;
}
