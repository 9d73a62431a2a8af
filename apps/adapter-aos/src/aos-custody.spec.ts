import { Refusal } from '@hub/refusals';
import { custodyEventsOf, custodyOrderIssues } from './aos-custody';

const entry = (evidenceNo: string, seq: number, at: string) => ({ evidenceNo, seq, at });

describe('custodyOrderIssues: one request\'s custody entries, in order per evidence item', () => {
  it('takes entries in order, items interleaved', () => {
    expect(
      custodyOrderIssues([
        entry('EV-00153-001', 1, '2026-11-20T10:00:00+09:00'),
        entry('EV-00153-002', 1, '2026-11-20T09:00:00+09:00'),
        entry('EV-00153-001', 2, '2026-11-20T10:00:00+09:00'),
        entry('EV-00153-002', 5, '2026-11-20T11:00:00+09:00'),
      ]),
    ).toEqual([]);
  });

  it('names a line number that repeats or goes back, against the entry before it of the same item', () => {
    expect(custodyOrderIssues([entry('EV-00153-001', 2, '2026-11-20T10:00:00Z'), entry('EV-00153-001', 2, '2026-11-20T10:01:00Z'), entry('EV-00153-001', 1, '2026-11-20T10:02:00Z')])).toEqual([
      { field: 'entries[1].seq', reason: 'must be greater than 2, the entry of EV-00153-001 before it in this request' },
      { field: 'entries[2].seq', reason: 'must be greater than 2, the entry of EV-00153-001 before it in this request' },
    ]);
  });

  it('compares times as instants, whatever the offset they are written in', () => {
    // 10:00 in Tokyo is 01:00 UTC: the second entry is an hour later, not nine hours earlier.
    expect(custodyOrderIssues([entry('EV-00153-001', 1, '2026-11-20T10:00:00+09:00'), entry('EV-00153-001', 2, '2026-11-20T02:00:00Z')])).toEqual([]);
    expect(custodyOrderIssues([entry('EV-00153-001', 1, '2026-11-20T10:00:00+09:00'), entry('EV-00153-001', 2, '2026-11-20T00:59:59Z')])).toEqual([
      { field: 'entries[1].at', reason: 'must not be earlier than 2026-11-20T10:00:00+09:00, entry 1 of EV-00153-001' },
    ]);
  });
});

describe('custodyEventsOf', () => {
  const base = { apiVersion: 'aos.v1' as const, matterRef: '3f8e2a6c-1b4d-4e7a-9c2f-5d6b8a0e1f23', aosMatterNo: 'AOS-2026-00153' };
  const recordedBy = { name: '高橋 誠', staffNo: 'AOS-1042' };

  it('refuses the whole request, naming every entry out of order, rather than record part of a chain', () => {
    const record = {
      ...base,
      entries: [
        { evidenceNo: 'EV-00153-001', seq: 3, cocFormNo: 'CoC-00153-001', action: 'HOKAN' as const, at: '2026-11-20T10:00:00+09:00', recordedBy, storage: { location: '保管庫' } },
        { evidenceNo: 'EV-00153-001', seq: 2, cocFormNo: 'CoC-00153-001', action: 'FUIN' as const, at: '2026-11-20T10:01:00+09:00', recordedBy, sealNo: 'S-001' },
      ],
    };
    expect(() => custodyEventsOf(record)).toThrow(Refusal);
    try {
      custodyEventsOf(record);
    } catch (error) {
      expect((error as Refusal).issues).toEqual([{ field: 'entries[1].seq', reason: 'must be greater than 3, the entry of EV-00153-001 before it in this request' }]);
    }
  });

  it('makes a re-verification restate the evidence item\'s hash, in lower case, and nothing else', () => {
    const [drafted] = custodyEventsOf({
      ...base,
      entries: [
        { evidenceNo: 'EV-00153-001', seq: 4, cocFormNo: 'CoC-00153-001', action: 'SAIKENSHO', at: '2026-11-21T10:00:00+09:00', recordedBy, reverification: { algorithm: 'SHA-256', value: 'AB'.repeat(32), tool: 'FTK Imager 4.7.1' } },
      ],
    });
    expect(drafted).toMatchObject({ kind: 'hash_reverification', reference: 'EV-00153-001#4', restates: { kind: 'evidence_item', reference: 'EV-00153-001', facts: ['hashAlgorithm', 'hashValue'] } });
    expect(drafted.facts).toMatchObject({ hashAlgorithm: 'SHA-256', hashValue: 'ab'.repeat(32) });
  });
});
