import type { EltesAlertBatchV1, EltesMonitoringAlertFactsV1 } from '@hub/contracts';
import type { DeliverableDraft, NativeSubmission } from '@hub/adapter-kit';
import { invalidInput } from '@hub/refusals';
import { normalisePostUrl, postReferenceOf } from './post-url';

type Alert = EltesAlertBatchV1['alerts'][number];

export const ALERT_KIND = 'monitoring_alert';

/**
 * The largest alert batch taken. 1,000 alerts with 280-character Japanese excerpts (3 bytes a character), URLs and
 * topics come to about 1.5 MB, over the kit's 1 MB default; 4 MB leaves room for long URLs without taking any size.
 */
export const ALERT_BATCH_MAX_BYTES = 4 * 1024 * 1024;

const PLATFORM_LABEL: Record<Alert['platform'], string> = {
  X: 'X',
  INSTAGRAM: 'Instagram',
  FACEBOOK: 'Facebook',
  YOUTUBE: 'YouTube',
  TIKTOK: 'TikTok',
  '5CH': '5ちゃんねる',
  NEWS_SITE: 'ニュースサイト',
  BLOG: 'ブログ',
  BBS: '掲示板',
  REVIEW_SITE: '口コミサイト',
  OTHER: 'その他',
};

/** The first characters of a text (code points, so a surrogate pair is never split), with … when cut. */
const head = (text: string, length: number): string => {
  const chars = Array.from(text);
  return chars.length <= length ? text : `${chars.slice(0, length).join('')}…`;
};

/**
 * One alert as a deliverable. Only 緊急 reaches the coordinator at once; 要注意 and 参考 are counted per hour (bulk), and
 * Eltes's own level stays in the facts. The reference is the post's URL normalised and `repeats: collapse`, so the same
 * post alerted again — in this batch or a later one, through another link form — is counted once and changes nothing.
 */
export function alertToDeliverable(requestId: string, alert: Alert, normalisedUrl: string): DeliverableDraft {
  const facts: EltesMonitoringAlertFactsV1 = {
    alertId: alert.alertId,
    platform: alert.platform,
    postUrl: alert.postUrl,
    postUrlNormalised: normalisedUrl,
    postedAt: alert.postedAt ?? null,
    detectedAt: alert.detectedAt,
    excerpt: alert.excerpt,
    accountName: alert.accountName ?? null,
    reach: alert.reach,
    reachBasis: alert.reachBasis,
    riskLevel: alert.riskLevel,
    flareUpPct: alert.flareUpPct,
    topics: alert.topics ?? [],
  };
  return {
    orderId: requestId,
    kind: ALERT_KIND,
    reference: postReferenceOf(normalisedUrl),
    title: `【${alert.riskLevel}】${PLATFORM_LABEL[alert.platform]}（炎上可能性${alert.flareUpPct}%）: ${head(alert.excerpt, 100)}`,
    summary: alert.excerpt,
    attention: alert.riskLevel === '緊急' ? 'urgent' : 'bulk',
    // When Eltes saw it, not when it was posted: the coordinator's hourly counts are of what was found that hour.
    occurredAt: alert.detectedAt,
    facts,
    factsContract: 'partners/eltes/monitoring-alert-facts.v1',
    repeats: 'collapse',
  };
}

/** Every alert of a batch, in order; a URL that is not an http(s) URL refuses the whole batch, naming each. */
export function alertBatchToDeliverables(batch: EltesAlertBatchV1): DeliverableDraft[] {
  const normalised = batch.alerts.map((alert) => normalisePostUrl(alert.postUrl));
  const bad = normalised.flatMap((url, i) => (url === null ? [{ field: `alerts[${i}].postUrl`, reason: 'is not an http(s) URL with a host' }] : []));
  if (bad.length > 0) throw invalidInput(`${bad.length} alert(s) have a post URL that cannot be read`, bad);
  return batch.alerts.map((alert, i) => alertToDeliverable(batch.requestId, alert, normalised[i] as string));
}

/** `POST /eltes/v1/alerts`: Eltes's alert batches, up to 1,000 alerts. */
export const alertsSubmission: NativeSubmission<EltesAlertBatchV1> = {
  route: 'alerts',
  summary: 'A batch of up to 1,000 monitoring alerts; the same post alerted again is counted once',
  body: { contract: 'partners/eltes/alert-batch.v1' },
  maxBytes: ALERT_BATCH_MAX_BYTES,
  toDeliverables: (batch) => alertBatchToDeliverables(batch),
};
