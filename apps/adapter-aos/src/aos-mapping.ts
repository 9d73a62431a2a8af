import type { AosCustodyRecordV1, AosEvidenceRegisterV1, AosInvestigationReportV1, AosInvoiceV1, AosMatterRequestV1, AosMatterStatusV1, AosMatterWithdrawalV1 } from '@hub/contracts';
import type { PartnerMapping } from '@hub/adapter-kit';
import { custodyEventsOf } from './aos-custody';
import { evidenceItemsOf } from './aos-evidence';
import { aosInvoiceToCanonical } from './aos-invoice';
import { toAosMatterRequest, toAosWithdrawal, toCanonicalStatus } from './aos-matter';
import { forensicReportOf } from './aos-report';

/** A report's PDF may come with it; 7 MiB of document is just under 10 MiB of JSON in base64. */
const REPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * AOS Legaltech's native API v1: matters (案件) for evidence preservation and forensic investigation, status reports on
 * them, the evidence register and its chain of custody, the lawyer-authored report, and AOS's invoice. Nothing AOS
 * delivers needs the coordinator's approval, so there are no review notices.
 */
export const aosMappingV1: PartnerMapping<AosMatterRequestV1, AosMatterStatusV1, AosMatterWithdrawalV1, AosInvoiceV1> = {
  nativeOrderSchema: 'partners/aos/matter-request.v1',
  nativeCallbackSchema: 'partners/aos/matter-status.v1',
  nativeCancellationSchema: 'partners/aos/matter-withdrawal.v1',
  nativeInvoiceSchema: 'partners/aos/invoice.v1',
  toNativeOrder: toAosMatterRequest,
  toNativeCancellation: toAosWithdrawal,
  orderIdOf: (report: AosMatterStatusV1) => report.matterRef,
  toCanonicalStatus,
  toCanonicalInvoice: aosInvoiceToCanonical,
  submissions: [
    {
      route: 'evidence-items',
      summary: 'Register evidence items preserved by a preservation job (証拠品登録): device, image, hash, officer and time.',
      body: { contract: 'partners/aos/evidence-register.v1' },
      toDeliverables: (register: AosEvidenceRegisterV1) => evidenceItemsOf(register),
    },
    {
      route: 'custody-events',
      summary: 'Append chain-of-custody entries (証拠品管理記録): handed over, sealed, stored, hash re-verified.',
      body: { contract: 'partners/aos/custody-record.v1' },
      toDeliverables: (record: AosCustodyRecordV1) => custodyEventsOf(record),
    },
    {
      route: 'reports',
      summary: 'Submit the lawyer-authored investigation report (調査報告書) with the SHA-256 of its document.',
      body: { contract: 'partners/aos/investigation-report.v1' },
      maxBytes: REPORT_MAX_BYTES,
      toDeliverables: (report: AosInvestigationReportV1) => forensicReportOf(report),
    },
  ],
};
