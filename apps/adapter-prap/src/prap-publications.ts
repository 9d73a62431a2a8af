import type { DeliverableDraft, NativeSubmission } from '@hub/adapter-kit';
import type { PrapKohyoReportV1, PrapPublicationFactsV1 } from '@hub/contracts';
import { ankenOf } from './prap-anken';
import { CRISIS_DOCUMENT } from './prap-documents';

type Baitai = PrapKohyoReportV1['kohyo'][number]['baitai'];

const CHANNEL: Record<Baitai, PrapPublicationFactsV1['channel']> = {
  CORPORATE_SITE: 'corporate_website',
  PRESS_WIRE: 'press_wire',
  KISHA_CLUB: 'press_club',
  KISHA_KAIKEN: 'press_conference',
  SHINBUN: 'newspaper',
  SNS_OFFICIAL: 'official_sns',
};

const LABEL: Record<Baitai, string> = {
  CORPORATE_SITE: '自社サイト',
  PRESS_WIRE: 'リリース配信',
  KISHA_CLUB: '記者クラブ',
  KISHA_KAIKEN: '記者会見',
  SHINBUN: '新聞社告',
  SNS_OFFICIAL: '公式SNS',
};

/**
 * PRAP's publication reports (公表報告): each channel a document went out on is a deliverable that publishes the
 * document, which the kit accepts only when the document's latest version was approved.
 */
export const prapPublications: NativeSubmission<PrapKohyoReportV1> = {
  route: 'anken/:ankenId/kohyo',
  summary: 'PRAP reports an approved document published: when, and on which channel',
  body: { contract: 'partners/prap/kohyo-report.v1' },
  toDeliverables(native, context): DeliverableDraft[] {
    const orderId = ankenOf(native.ankenId, context);
    return native.kohyo.map((k) => {
      const facts: PrapPublicationFactsV1 = {
        documentNo: k.documentNo,
        publishedVersion: k.han,
        channel: CHANNEL[k.baitai],
        ...(k.baitaiMei ? { outlet: k.baitaiMei } : {}),
        ...(k.url ? { url: k.url } : {}),
        publishedAt: k.kohyoNichiji,
      };
      return {
        orderId,
        kind: 'publication',
        reference: k.kohyoNo,
        title: `公表: ${k.documentNo} 第${k.han}版（${LABEL[k.baitai]}${k.baitaiMei ? `・${k.baitaiMei}` : ''}）`,
        attention: 'normal',
        occurredAt: k.kohyoNichiji,
        facts,
        factsContract: 'partners/prap/publication-facts.v1',
        publishes: { kind: CRISIS_DOCUMENT, reference: k.documentNo },
      };
    });
  },
};
