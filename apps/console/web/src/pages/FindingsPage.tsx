import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type HTMLAttributes, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { query, reconciler } from '../api';
import { CursorTable } from '../components/CursorTable';
import { FindingState, ResolveFinding, SeverityTag, useFindingLabels } from '../components/FindingParts';
import { Refusal } from '../components/Refusal';
import { StatusTag } from '../components/StatusTag';
import { useNotify } from '../errors';
import { FINDING_KINDS, RECONCILIATION_JOBS, RUN_READERS, RUN_REQUESTERS } from '../findings';
import { businessDay, japanToday, jst, yen } from '../format';
import { useSession } from '../session';
import type { Finding, ReconciliationJob, ReconciliationRun } from '../types';

/** What the reconciler's jobs found that does not add up, filtered and paged; and, for those who run them, its recent runs. */
export function FindingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <section aria-labelledby="findings-title">
      <Typography.Title level={2} id="findings-title">
        {t('findings.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('findings.help')}</Typography.Paragraph>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <FindingsList />
        {can(...RUN_READERS) && <RunsPanel />}
      </Space>
    </section>
  );
}

/** Short labels and dates stay on one line; the summary takes what is left. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function FindingsList() {
  const { t } = useTranslation();
  const labels = useFindingLabels();
  const [state, setState] = useState<string | undefined>('open');
  const [severity, setSeverity] = useState<string>();
  const [job, setJob] = useState<string>();
  const [kind, setKind] = useState<string>();
  // A case's findings, when opened from its page (/findings?caseId=…).
  const [params, setParams] = useSearchParams();
  const caseId = params.get('caseId') ?? undefined;
  const filters = { state, severity, job, kind, caseId };
  return (
    <div>
      <Space wrap style={{ marginBottom: 16 }}>
        {caseId && (
          <Tag closable onClose={() => setParams({})} closeIcon={<span aria-label={t('findings.clearCase')}>×</span>}>
            {t('findings.ofCase', { caseId: caseId.slice(0, 8) })}
          </Tag>
        )}
        <Select aria-label={t('findings.state')} placeholder={t('findings.state')} allowClear style={{ width: 140 }} value={state} onChange={setState} options={['open', 'resolved'].map((s) => ({ value: s, label: t(`findings.states.${s}`) }))} />
        <Select aria-label={t('findings.severity')} placeholder={t('findings.severity')} allowClear style={{ width: 140 }} value={severity} onChange={setSeverity} options={['incident', 'warning'].map((s) => ({ value: s, label: t(`findings.severities.${s}`) }))} />
        <Select aria-label={t('findings.job')} placeholder={t('findings.job')} allowClear style={{ width: 200 }} value={job} onChange={setJob} options={RECONCILIATION_JOBS.map((j) => ({ value: j, label: labels.job(j) }))} />
        <Select aria-label={t('findings.kind')} placeholder={t('findings.kind')} allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 320 }} value={kind} onChange={setKind} options={FINDING_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))} />
      </Space>
      <CursorTable<Finding>
        queryKey={['findings', filters]}
        fetchPage={async (cursor) => {
          const page = await reconciler.get<{ findings: Finding[]; nextCursor: string | null }>(`findings${query({ ...filters, limit: 50, cursor })}`);
          return { items: page.findings, nextCursor: page.nextCursor };
        }}
        rowKey="findingId"
        moreLabel={t('findings.more')}
        locale={{ emptyText: t('findings.empty') }}
        onRow={(finding) => ({ 'data-testid': `finding-${finding.findingId}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('findings.severity'), dataIndex: 'severity', render: (s: string) => <SeverityTag severity={s} /> },
          { title: t('findings.job'), dataIndex: 'job', render: (j: string) => <span data-testid="finding-job" style={NO_WRAP}>{labels.job(j)}</span> },
          { title: t('findings.kind'), dataIndex: 'kind', render: (k: string) => <span data-testid="finding-kind">{labels.kind(k)}</span> },
          { title: t('findings.summary'), dataIndex: 'summary', width: '28%' },
          { title: t('findings.amount'), dataIndex: 'amountYen', align: 'right', render: (v: number | null) => <span data-testid="finding-amount">{yen(v)}</span> },
          { title: t('findings.case'), dataIndex: 'caseId', render: (id: string | null) => (id ? <Link to={`/cases/${id}`}>{id.slice(0, 8)}</Link> : '—') },
          { title: t('findings.partner'), dataIndex: 'partnerId', render: (p: string | null) => (p ? t(`partnerNames.${p}`, { defaultValue: p }) : '—') },
          { title: t('findings.found'), key: 'found', render: (_, f) => <span style={NO_WRAP}>{t('findings.foundRange', { first: businessDay(f.firstFoundOn), last: businessDay(f.lastFoundOn) })}</span> },
          { title: t('findings.state'), key: 'state', render: (_, f) => <FindingState finding={f} /> },
          { title: '', key: 'resolve', render: (_, f) => <ResolveFinding finding={f} /> },
        ]}
      />
    </div>
  );
}

/** The reconciler's runs, newest first; operators and finance may ask for a job to run for a day now. */
function RunsPanel() {
  const { t } = useTranslation();
  const { can } = useSession();
  const labels = useFindingLabels();
  return (
    <Card title={t('runs.title')} size="small" data-testid="runs-panel">
      {can(...RUN_REQUESTERS) && <RunNow />}
      <CursorTable<ReconciliationRun>
        queryKey={['reconciler', 'runs']}
        fetchPage={async (cursor) => {
          const page = await reconciler.get<{ runs: ReconciliationRun[]; nextCursor: string | null }>(`runs${query({ limit: 20, cursor })}`);
          return { items: page.runs, nextCursor: page.nextCursor };
        }}
        rowKey="runId"
        moreLabel={t('findings.more')}
        locale={{ emptyText: t('runs.empty') }}
        columns={[
          { title: t('runs.job'), dataIndex: 'job', render: (j: string) => labels.job(j) },
          { title: t('runs.date'), dataIndex: 'businessDate', render: (d: string) => businessDay(d) },
          { title: t('runs.trigger'), dataIndex: 'trigger', render: (v: string) => t(`runs.triggers.${v}`, { defaultValue: v }) },
          {
            title: t('runs.state'),
            dataIndex: 'state',
            render: (s: string) => <StatusTag color={s === 'succeeded' ? 'green' : s === 'failed' ? 'red' : s === 'running' ? 'blue' : 'default'}>{t(`runs.states.${s}`, { defaultValue: s })}</StatusTag>,
          },
          { title: t('runs.counts'), key: 'counts', align: 'right', render: (_, r) => t('runs.countsValue', { found: r.found, opened: r.opened, closed: r.closed }) },
          { title: t('runs.startedAt'), dataIndex: 'startedAt', render: (v: string) => jst(v) },
          { title: t('runs.error'), dataIndex: 'error', render: (e: string | null) => e ?? '—' },
        ]}
      />
    </Card>
  );
}

/** 今すぐ実行: POST /runs for a job and a day; the run is queued and taken by one reconciler instance. */
function RunNow() {
  const { t } = useTranslation();
  const labels = useFindingLabels();
  const notify = useNotify();
  const client = useQueryClient();
  const [form] = Form.useForm<{ job: ReconciliationJob; date: Dayjs }>();
  const run = useMutation({
    mutationFn: (values: { job: ReconciliationJob; date: string }) => reconciler.post<{ job: string; date: string; queued: boolean }>('runs', values),
    onSuccess: (answer) => {
      const words = { job: labels.job(answer.job), date: businessDay(answer.date) };
      notify.done(answer.queued ? t('runs.requested', words) : t('runs.alreadyWaiting', words));
      void client.invalidateQueries({ queryKey: ['reconciler', 'runs'] });
    },
  });
  return (
    <Form
      form={form}
      name="run-now"
      layout="inline"
      aria-label={t('runs.runNow')}
      data-testid="run-now"
      initialValues={{ date: dayjs(japanToday()) }}
      onFinish={(values) => run.mutate({ job: values.job, date: values.date.format('YYYY-MM-DD') })}
      style={{ marginBottom: 12, rowGap: 8 }}
    >
      <Form.Item name="job" label={t('runs.job')} rules={[{ required: true }]}>
        <Select style={{ width: 200 }} options={RECONCILIATION_JOBS.map((j) => ({ value: j, label: labels.job(j) }))} />
      </Form.Item>
      <Form.Item name="date" label={t('runs.date')} rules={[{ required: true }]}>
        <DatePicker allowClear={false} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={run.isPending}>
          {t('runs.runNow')}
        </Button>
      </Form.Item>
      {run.isError && (
        <div style={{ flexBasis: '100%' }}>
          <Refusal error={run.error} />
        </div>
      )}
    </Form>
  );
}
