import { createHash } from 'node:crypto';
import { contractValidator, describeIssues, type DeliverableV1 } from '@hub/contracts';
import { ContractBodyPipe } from '@hub/http';
import { invalidInput } from '@hub/refusals';
import type { DeliverableDraft, FileSubmissionBody, NativeSubmission, SubmissionContext } from './native-submission';

export const isFileSubmission = (submission: NativeSubmission): submission is NativeSubmission & { body: FileSubmissionBody<unknown> } =>
  'mediaTypes' in submission.body;

/** Where a submission route's fixtures live: its last fixed word (`engagements/:id/daily-reports` → `daily-reports`). */
export function fixtureDirOf(submission: NativeSubmission): string {
  const words = submission.route.split('/').filter((w) => !w.startsWith(':'));
  return words[words.length - 1];
}

/** The media type without its parameters, lower-cased (`text/csv; charset=Shift_JIS` → `text/csv`). */
export const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0].trim().toLowerCase();

/**
 * The native body of a submission, from the request's bytes: JSON checked against the route's contract, or a file
 * decoded by the mapping (which names bad rows) and then checked the same way. Refusals name the field.
 */
export function submissionBody(submission: NativeSubmission, bytes: Buffer, contentType: string, context: SubmissionContext): unknown {
  const pipe = new ContractBodyPipe(submission.body.contract);
  if (!isFileSubmission(submission)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw invalidInput('Request body is not JSON', [{ field: '(body)', reason: 'must be JSON' }]);
    }
    return pipe.transform(parsed);
  }
  if (!submission.body.mediaTypes.includes(mediaTypeOf(contentType))) {
    throw invalidInput(`Content-Type must be one of ${submission.body.mediaTypes.join(', ')}`, [{ field: 'Content-Type', reason: `must be one of ${submission.body.mediaTypes.join(', ')}` }]);
  }
  return pipe.transform(submission.body.parse(bytes, contentType, context));
}

/** The draft as the canonical deliverable, with the kit's defaults and its id (derived, so a resend has the same id). */
export function deliverableOf(partnerId: string, draft: DeliverableDraft): DeliverableV1 {
  const version = draft.version ?? 1;
  return {
    ...draft,
    deliverableId: deliverableIdOf(partnerId, draft.orderId, draft.kind, draft.reference, version),
    version,
    facts: draft.facts as DeliverableV1['facts'],
    repeats: draft.repeats ?? 'refuse_changes',
    needsApproval: draft.needsApproval ?? false,
  };
}

/** A UUID (version 8, RFC 9562) from a SHA-256 of what names one version of one deliverable. */
export function deliverableIdOf(partnerId: string, orderId: string, kind: string, reference: string, version: number): string {
  const hash = createHash('sha256').update(JSON.stringify([partnerId, orderId, kind, reference, version])).digest();
  hash[6] = (hash[6] & 0x0f) | 0x80;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * What is wrong with a mapping's deliverables, as sentences (empty when nothing): each must be a valid canonical
 * deliverable, its facts valid under its facts contract, which must be the partner's own. A mapping that makes an invalid
 * deliverable from a valid native body is the adapter's bug, not the partner's: the kit refuses to publish it.
 */
export function checkDeliverableDrafts(partnerId: string, drafts: DeliverableDraft[]): string[] {
  const validator = contractValidator();
  const problems: string[] = [];
  const deliverables = drafts.map((draft) => deliverableOf(partnerId, draft));
  // The canonical check, 200 at a time in the event's own shape: one validation per chunk, not per deliverable.
  for (let from = 0; from < deliverables.length; from += 200) {
    const chunk = deliverables.slice(from, from + 200);
    const canonical = validator.validate('events/deliverables-received.v1', { partnerId, submissionId: 'check', receivedAt: new Date().toISOString(), deliverables: chunk });
    if (!canonical.ok) problems.push(`deliverables from ${from}: ${describeIssues(canonical.issues)}`);
  }
  drafts.forEach((draft, i) => {
    if (!draft.factsContract) return;
    if (!draft.factsContract.startsWith(`partners/${partnerId}/`)) problems.push(`deliverable ${i}: ${draft.factsContract} is not one of ${partnerId}'s contracts`);
    else {
      const facts = validator.validate(draft.factsContract, draft.facts);
      if (!facts.ok) problems.push(`deliverable ${i}: facts: ${describeIssues(facts.issues)}`);
    }
  });
  return problems;
}
