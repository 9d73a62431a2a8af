/**
 * Request bodies as an adapter's API document shows them (issue 12: every example is a request that succeeds against the
 * hub). Each is what the partner's system sends in one engagement, in its own vocabulary, dated in the past so that it
 * never goes stale. The engagement's id is made by the hub, so every example carries EXAMPLE_ORDER_ID in its place and
 * its summary says which field to replace.
 */
export interface BodyExample {
  /** One line: what the body says, and which of its values to replace with what the hub gave. */
  summary: string;
  value: object;
}

export type BodyExamples = Readonly<Record<string, BodyExample>>;

/** Examples of one native version's request bodies, each kind in the order the partner sends them. */
export interface NativeExamples {
  /** Status callbacks, from taking the engagement on to completing it. */
  callbacks: BodyExamples;
  /** The version's invoices; given exactly when the version takes invoices. */
  invoices?: BodyExamples;
  /** By submission route (its `route`, e.g. `anken/:ankenId/documents`), for every route whose body is JSON; a file has none. */
  submissions?: Readonly<Record<string, BodyExamples>>;
}

/** The engagement's id (the hub's orderId) in every example: a placeholder, since the hub makes the real one. */
export const EXAMPLE_ORDER_ID = '00000000-0000-4000-8000-000000000001';

/** What an example's summary says about the placeholder: which fields carry the engagement's id (info.description says where it is found). */
export const replaceOrderId = (fields: string): string => `replace ${fields} with the engagement's orderId`;

/** An example body with its summary, typed by the partner's contract where it is written. */
export const bodyExample = <T extends object>(summary: string, value: T): BodyExample => ({ summary, value });
