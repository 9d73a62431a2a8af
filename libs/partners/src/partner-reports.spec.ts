import fc from 'fast-check';
import { judgePartnerReport, PartnerReport } from './partner-reports';

describe('judgePartnerReport', () => {
  const accepted: PartnerReport = { status: 'accepted' };
  const hearing: PartnerReport = { status: 'in_progress', milestone: 'hearing_done' };

  it('takes reports in any arrival order: completion before acceptance is news, not an error', () => {
    expect(judgePartnerReport([{ status: 'work_complete' }], accepted)).toEqual({ kind: 'new' });
    expect(judgePartnerReport([hearing], { status: 'in_progress', milestone: 'forensic_investigation_started' })).toEqual({ kind: 'new' });
  });

  it('counts the same status and milestone once, however often it is resent', () => {
    expect(judgePartnerReport([accepted, hearing], { status: 'in_progress', milestone: 'hearing_done' })).toEqual({ kind: 'repeat' });
    expect(judgePartnerReport([accepted], { status: 'accepted', milestone: null })).toEqual({ kind: 'repeat' });
  });

  it('refuses declining what the partner took on, and taking on what it declined, either way round', () => {
    expect(judgePartnerReport([hearing], { status: 'declined' })).toEqual({ kind: 'contradiction', reason: 'you reported this order in_progress; it cannot also be declined' });
    expect(judgePartnerReport([{ status: 'declined' }], { status: 'work_complete' })).toEqual({ kind: 'contradiction', reason: 'you declined this order; it cannot also be work_complete' });
  });

  it('never calls an acknowledgement a contradiction', () => {
    const statuses = fc.constantFrom<PartnerReport['status']>('acknowledged', 'accepted', 'declined', 'in_progress', 'work_complete');
    fc.assert(
      fc.property(fc.array(fc.record({ status: statuses })), (earlier) => {
        expect(judgePartnerReport(earlier, { status: 'acknowledged' }).kind).not.toBe('contradiction');
      }),
    );
  });
});
