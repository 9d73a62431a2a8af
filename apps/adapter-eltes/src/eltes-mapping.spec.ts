import { join } from 'node:path';
import { checkDeliverableDrafts } from '@hub/adapter-kit';
import { contractValidator, type EltesAlertBatchV1 } from '@hub/contracts';
import { describeAdapterFixtures } from '@hub/testing';
import { ALERT_BATCH_MAX_BYTES, alertBatchToDeliverables } from './eltes-alerts';
import { watchKeywordsOf } from './eltes-order';
import { eltesAdapter } from './eltes.adapter';

// Eltes's mapping, from the fixture files under apps/adapter-eltes/test/fixtures/v1/.
describeAdapterFixtures(eltesAdapter, join(__dirname, '../test/fixtures'));

describe('watchKeywordsOf: the names people post', () => {
  it.each([
    ['株式会社みなと精機', ['株式会社みなと精機', 'みなと精機']],
    ['みなと食品株式会社', ['みなと食品株式会社', 'みなと食品']],
    ['㈱みなと物流', ['㈱みなと物流', 'みなと物流']],
    ['（株）みなと', ['（株）みなと', 'みなと']],
    ['みなと食品', ['みなと食品']],
    ['株式会社', ['株式会社']],
  ])('%s', (name, keywords) => {
    expect(watchKeywordsOf(name)).toEqual(keywords);
  });
});

/** The largest batch Eltes sends: 1,000 alerts, each with a 280-character Japanese excerpt and a long URL. */
function fullBatch(): EltesAlertBatchV1 {
  const excerpt = 'みなと精機の情報漏えい、公式発表から丸一日たっても個別の連絡がない。窓口の電話はつながらず、メールは自動返信だけ。'.repeat(5).slice(0, 280);
  return {
    apiVersion: '1',
    requestId: '5e0c7b1a-2d3f-4a6b-8c9d-0e1f2a3b4c5d',
    batchNo: 'B20261120-000001',
    sentAt: '2026-11-20T13:00:00+09:00',
    alerts: Array.from({ length: 1000 }, (_, i) => ({
      alertId: `AL-20261120-${String(i).padStart(6, '0')}`,
      platform: 'NEWS_SITE' as const,
      postUrl: `https://news.example.co.jp/articles/2026/11/20/${'minato-seiki-data-breach-'.repeat(3)}${i}?utm_source=twitter&utm_medium=social&utm_campaign=share`,
      postedAt: '2026-11-20T12:40:00+09:00',
      detectedAt: '2026-11-20T12:45:00+09:00',
      excerpt,
      accountName: '経済ニュース編集部',
      reach: 3_500_000,
      reachBasis: 'MONTHLY_PV' as const,
      riskLevel: i % 100 === 0 ? ('緊急' as const) : ('参考' as const),
      flareUpPct: 40,
      topics: ['情報漏えい', '対応遅れ', '問い合わせ窓口'],
    })),
  };
}

describe('a full alert batch', () => {
  const batch = fullBatch();

  it('is over the kit\'s 1 MB default and within the route\'s own limit', () => {
    const bytes = Buffer.byteLength(JSON.stringify(batch));
    expect(bytes).toBeGreaterThan(1024 * 1024);
    expect(bytes).toBeLessThan(ALERT_BATCH_MAX_BYTES);
  });

  it('maps to 1,000 valid deliverables: 緊急 urgent, the rest counted per hour', () => {
    expect(contractValidator().validate('partners/eltes/alert-batch.v1', batch).ok).toBe(true);
    const drafts = alertBatchToDeliverables(batch);
    expect(drafts).toHaveLength(1000);
    expect(drafts.filter((d) => d.attention === 'urgent')).toHaveLength(10);
    expect(drafts.filter((d) => d.attention === 'bulk')).toHaveLength(990);
    expect(new Set(drafts.map((d) => d.reference)).size).toBe(1000);
    expect(checkDeliverableDrafts('eltes', drafts)).toEqual([]);
  });
});
