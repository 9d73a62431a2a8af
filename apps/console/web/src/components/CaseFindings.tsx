import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { query, reconciler } from '../api';
import { FINDING_READERS } from '../findings';
import { businessDay, yen } from '../format';
import { useSession } from '../session';
import type { Finding } from '../types';
import { ResolveFinding, SeverityTag, useFindingLabels } from './FindingParts';

/** The case's open findings (GET /findings?caseId=&state=open), shown only when there are any, to those who read findings. */
export function CaseFindings({ caseId }: { caseId: string }) {
  const { can } = useSession();
  if (!can(...FINDING_READERS)) return null;
  return <OpenFindings caseId={caseId} />;
}

function OpenFindings({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const labels = useFindingLabels();
  const findings = useQuery({
    // Under ['findings']: resolving one anywhere refetches this list too.
    queryKey: ['findings', 'case', caseId],
    queryFn: () => reconciler.get<{ findings: Finding[]; nextCursor: string | null }>(`findings${query({ caseId, state: 'open', limit: 50 })}`),
    retry: false,
  });
  // The case is what this page is for: should the reconciler not answer, the section stays away (照合の指摘 says why).
  const rows = findings.data?.findings ?? [];
  if (findings.isError || rows.length === 0) return null;
  return (
    <Card title={t('findings.onCase')} size="small" style={{ marginTop: 16 }} data-testid="case-findings">
      <Typography.Paragraph>{t('findings.onCaseHelp')}</Typography.Paragraph>
      <Table<Finding>
        size="small"
        rowKey="findingId"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('findings.severity'), dataIndex: 'severity', render: (s: string) => <SeverityTag severity={s} /> },
          { title: t('findings.kind'), dataIndex: 'kind', render: (k: string) => labels.kind(k) },
          { title: t('findings.summary'), dataIndex: 'summary' },
          { title: t('findings.amount'), dataIndex: 'amountYen', align: 'right', render: (v: number | null) => yen(v) },
          { title: t('findings.found'), key: 'found', render: (_, f) => t('findings.foundRange', { first: businessDay(f.firstFoundOn), last: businessDay(f.lastFoundOn) }) },
          { title: '', key: 'resolve', render: (_, f) => <ResolveFinding finding={f} /> },
        ]}
      />
      {findings.data?.nextCursor && <Link to={`/findings${query({ caseId })}`}>{t('findings.more')}</Link>}
    </Card>
  );
}
