import { call, expectStatus, PEOPLE, say } from './demo-client';

interface Deliverable {
  deliverableId: string;
  reference: string;
  version: number;
  title: string;
  needsApproval: boolean;
  facts: { documentType?: string };
  review: unknown;
}

/**
 * The coordinator reviews PRAP's drafts as they arrive, for the insured: the apology and press release comes back once
 * with comments (its first version), everything else is approved. Returns how many it reviewed this time.
 */
export async function reviewPrapDrafts(orderId: string): Promise<number> {
  const page = await expectStatus('PRAP drafts', call('coordinator', 'GET', `/orders/${orderId}/deliverables?kind=crisis_document`), 200);
  const all = page.deliverables as Deliverable[];
  const latest = all.filter((d) => !all.some((o) => o.reference === d.reference && o.version > d.version));
  let reviewed = 0;
  for (const draft of latest.filter((d) => d.needsApproval && d.review === null)) {
    const returnIt = draft.facts.documentType === 'apology_and_press_release' && draft.version === 1;
    const body = returnIt ? { decision: 'returned', comment: '原因と再発防止策の時期を具体的に記載してください。お問い合わせ窓口の番号も追記をお願いします。' } : { decision: 'approved' };
    await expectStatus('review a PRAP draft', call('coordinator', 'POST', `/orders/${orderId}/deliverables/${draft.deliverableId}/review`, body), 200);
    say(`${PEOPLE.coordinator} ${returnIt ? 'returned' : 'approved'} PRAP's ${draft.reference} v${draft.version} (${draft.title})`);
    reviewed += 1;
  }
  return reviewed;
}
