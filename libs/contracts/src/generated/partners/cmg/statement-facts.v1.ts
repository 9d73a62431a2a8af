/**
 * Generated from contracts/partners/cmg/statement-facts.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * The facts of a crisis_statement deliverable from CMG Japan: one revision of a statement under the client's sign-off, as adapter-cmg maps it from a statement draft (CmgStatementDraftV1). Its kind is crisis_statement, its reference CMG's statement reference and its version CMG's revision.
 */
export interface CmgStatementFactsV1 {
  /**
   * What the statement is: holding_statement (ホールディング・ステートメント), media_qa (想定問答), customer_statement (お客様向けステートメント).
   */
  statementType: "holding_statement" | "media_qa" | "customer_statement";
  /**
   * The statement's headline as written in it.
   */
  headline: string;
  /**
   * The text of this revision.
   */
  text: string;
  /**
   * Who it is for, when CMG named it.
   */
  audience?: string;
  /**
   * CMG's consultant who drafted it.
   */
  draftedBy: string;
  /**
   * What changed since the previous revision in answer to the comments; present from revision 2.
   */
  changesSinceLastRevision?: string;
}
