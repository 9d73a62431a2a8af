import type { IsrMailMagazineIssueFactsV1, IsrResultPublicationV1, IsrWebsitePostingFactsV1 } from '@hub/contracts';
import type { DeliverableDraft, NativeSubmission } from '@hub/adapter-kit';
import { RATING_CERTIFICATE } from './isr-certificate';

type Medium = IsrResultPublicationV1['media'][number];

/**
 * What a publication restates of the certificate: the kit compares these facts with the certificate's and raises any
 * difference to the coordinator, since a result published with another grade or document than the one certified is
 * exactly what a rating agency's publication must never do.
 */
const RESTATED: string[] = ['ratingGrade', 'documentSha256'];

/** The contract's if/then makes these present for their medium; the types cannot say so. */
function present<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`${name} is required by the contract for this medium`);
  return value;
}

function websitePosting(native: IsrResultPublicationV1, medium: Medium): DeliverableDraft {
  const facts: IsrWebsitePostingFactsV1 = {
    certificateNo: native.certificateNo,
    ratingGrade: native.publishedGrade,
    documentSha256: native.certificateSha256,
    pageUrl: present(medium.pageUrl, 'pageUrl'),
    postedAt: present(medium.postedAt, 'postedAt'),
    listedUntil: present(medium.listedUntil, 'listedUntil'),
  };
  return {
    orderId: native.requestNo,
    kind: 'website_posting',
    // The page is what I.S.Rating publishes at; the same page posted again is the same posting.
    reference: facts.pageUrl,
    title: `ウェブサイト掲載: 格付証明書 ${native.certificateNo}（${native.publishedGrade}）`,
    summary: `${facts.pageUrl} に ${facts.listedUntil} まで掲載`,
    attention: 'normal',
    occurredAt: facts.postedAt,
    factsContract: 'partners/isr/website-posting-facts.v1',
    facts,
    restates: { kind: RATING_CERTIFICATE, reference: native.certificateNo, facts: RESTATED },
  };
}

function mailMagazineIssue(native: IsrResultPublicationV1, medium: Medium): DeliverableDraft {
  const facts: IsrMailMagazineIssueFactsV1 = {
    certificateNo: native.certificateNo,
    ratingGrade: native.publishedGrade,
    documentSha256: native.certificateSha256,
    magazineTitle: present(medium.magazineTitle, 'magazineTitle'),
    issueNo: present(medium.issueNo, 'issueNo'),
    sentAt: present(medium.sentAt, 'sentAt'),
    recipientCount: present(medium.recipientCount, 'recipientCount'),
  };
  return {
    orderId: native.requestNo,
    kind: 'mail_magazine_issue',
    reference: `${facts.magazineTitle} 第${facts.issueNo}号`,
    title: `メールマガジン配信: ${facts.magazineTitle} 第${facts.issueNo}号（${native.certificateNo}, ${native.publishedGrade}）`,
    summary: `${facts.recipientCount.toLocaleString('ja-JP')} 件に配信`,
    attention: 'normal',
    occurredAt: facts.sentAt,
    factsContract: 'partners/isr/mail-magazine-issue-facts.v1',
    facts,
    restates: { kind: RATING_CERTIFICATE, reference: native.certificateNo, facts: RESTATED },
  };
}

/** `POST /isr/v1/publications`: one deliverable per medium, each referring to the certificate it makes public. */
export const publicationSubmission: NativeSubmission<IsrResultPublicationV1> = {
  route: 'publications',
  summary: 'The publication of a rating result on I.S.Rating\'s website and in its mail magazine, restating the certificate\'s grade and document hash.',
  body: { contract: 'partners/isr/result-publication.v1' },
  toDeliverables: (native) => native.media.map((medium) => (medium.medium === 'WEBSITE' ? websitePosting(native, medium) : mailMagazineIssue(native, medium))),
};
