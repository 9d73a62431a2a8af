import type { PrapMediaCoverageReportV1 } from '@hub/contracts';
import { Refusal } from '@hub/refusals';
import { coverageFacts, coverageIssues, prapMediaCoverage } from './prap-media-coverage';

const report = (overrides: Partial<PrapMediaCoverageReportV1> = {}): PrapMediaCoverageReportV1 => ({
  apiVersion: '1',
  ankenId: '5f0c2a9e-7b1d-4e3a-9c6f-1d2e3f4a5b6c',
  reportNo: 'PRAP-2026-00456-M01',
  shukeiKikan: { kaishi: '2026-11-21T10:00:00+09:00', shuryo: '2026-11-21T22:00:00+09:00' },
  baitaiBetsu: [
    { baitai: 'TV', kensu: 3, positive: 0, neutral: 2, negative: 1 },
    { baitai: 'SNS', kensu: 100, positive: 10, neutral: 50, negative: 40 },
  ],
  keikaiLevel: 'TSUJO',
  hokokuNichiji: '2026-11-21T22:30:00+09:00',
  ...overrides,
});

describe("PRAP's coverage report checks", () => {
  it('finds nothing wrong with counts that add up over a forward period', () => {
    expect(coverageIssues(report())).toEqual([]);
  });

  it('names every medium whose count is not its tones added up, and every medium counted again', () => {
    const issues = coverageIssues(
      report({
        baitaiBetsu: [
          { baitai: 'TV', kensu: 4, positive: 0, neutral: 2, negative: 1 },
          { baitai: 'SNS', kensu: 100, positive: 10, neutral: 50, negative: 40 },
          { baitai: 'TV', kensu: 0, positive: 0, neutral: 0, negative: 1 },
        ],
      }),
    );
    expect(issues).toEqual([
      { field: 'baitaiBetsu[0].kensu', reason: 'must equal positive + neutral + negative (3)' },
      { field: 'baitaiBetsu[2].baitai', reason: 'repeats TV: each medium is counted once' },
      { field: 'baitaiBetsu[2].kensu', reason: 'must equal positive + neutral + negative (1)' },
    ]);
  });

  it('compares the period as instants, whatever the offsets say', () => {
    // 22:00 in Tokyo is 13:00 UTC: this period runs forward by an hour.
    expect(coverageIssues(report({ shukeiKikan: { kaishi: '2026-11-21T12:00:00Z', shuryo: '2026-11-21T22:00:00+09:00' } }))).toEqual([]);
    expect(coverageIssues(report({ shukeiKikan: { kaishi: '2026-11-21T14:00:00Z', shuryo: '2026-11-21T22:00:00+09:00' } }))).toEqual([
      { field: 'shukeiKikan.shuryo', reason: 'must not be before shukeiKikan.kaishi' },
    ]);
  });

  it('totals the tones over every medium and says when PRAP raised the alert', () => {
    expect(coverageFacts(report({ keikaiLevel: 'YOKEIKAI' }))).toMatchObject({ totalItems: 103, positiveItems: 10, neutralItems: 52, negativeItems: 41, alertLevel: 'watch', notableItems: [] });
  });

  it('refuses a report that does not add up with every issue, and makes nothing of it', () => {
    const bad = report({ baitaiBetsu: [{ baitai: 'WEB', kensu: 9, positive: 1, neutral: 1, negative: 1 }] });
    const context = { params: { ankenId: bad.ankenId } };
    expect(() => prapMediaCoverage.toDeliverables(bad, context)).toThrow(Refusal);
    try {
      prapMediaCoverage.toDeliverables(bad, context);
    } catch (error) {
      expect((error as Refusal).issues).toEqual([{ field: 'baitaiBetsu[0].kensu', reason: 'must equal positive + neutral + negative (3)' }]);
    }
  });

  it('makes an alert of a report PRAP marks 要警戒, and a normal entry otherwise', () => {
    const context = { params: { ankenId: report().ankenId } };
    expect(prapMediaCoverage.toDeliverables(report({ keikaiLevel: 'YOKEIKAI' }), context)[0].attention).toBe('urgent');
    expect(prapMediaCoverage.toDeliverables(report(), context)[0].attention).toBe('normal');
  });
});
