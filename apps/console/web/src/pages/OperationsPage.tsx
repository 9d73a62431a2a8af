import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adapter, consoleApi, core, query } from '../api';
import { CursorTable } from '../components/CursorTable';
import { Refusal } from '../components/Refusal';
import { useNotify } from '../errors';
import { jst } from '../format';
import { useSession } from '../session';
import type { DeadLetter, DeliveryAttempt, PartnerEndpoint } from '../types';
import { StatusTag } from '../components/StatusTag';

/** What the people who run the hub watch: deliveries per partner, dead letters (with replay) and consumer lag. */
export function OperationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <section aria-labelledby="operations-title">
      <Typography.Title level={2} id="operations-title">
        {t('nav.operations')}
      </Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <PartnerDeliveries />
        {can('operator', 'auditor') && <DeadLetters />}
        {can('operator', 'auditor') && <ConsumerLag />}
      </Space>
    </section>
  );
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

interface PartnerRow {
  partnerId: string;
  attempts: number;
  successRate: string;
  latency: string;
  endpoint?: PartnerEndpoint;
}

function PartnerDeliveries() {
  const { t } = useTranslation();
  const { can } = useSession();
  const partners = useQuery({ queryKey: ['operations', 'partners'], queryFn: () => consoleApi.get<{ partners: string[] }>('operations/partners') });
  const ids = partners.data?.partners ?? [];
  const attempts = useQueries({
    queries: ids.map((id) => ({ queryKey: ['operations', 'deliveries', id], queryFn: () => adapter.get<{ attempts: { attempt: DeliveryAttempt }[] }>(id, 'deliveries?limit=200'), retry: false })),
  });
  const endpoints = useQueries({
    queries: ids.map((id) => ({ queryKey: ['operations', 'endpoint', id], queryFn: () => adapter.get<PartnerEndpoint>(id, 'endpoint'), retry: false, enabled: can('operator', 'auditor') })),
  });
  const rows: PartnerRow[] = ids.map((partnerId, i) => {
    const list = (attempts[i].data?.attempts ?? []).map((a) => a.attempt);
    const delivered = list.filter((a) => a.outcome === 'delivered').length;
    const durations = list.map((a) => a.durationMs);
    return {
      partnerId,
      attempts: list.length,
      successRate: list.length ? `${Math.floor((delivered * 1000) / list.length) / 10}%` : '—',
      latency: list.length ? `${percentile(durations, 50)} ms ／ ${percentile(durations, 95)} ms` : '—',
      endpoint: endpoints[i].data,
    };
  });
  if (partners.isError) return <Refusal error={partners.error} />;
  return (
    <Card title={t('deliveries.title')} size="small">
      <Table<PartnerRow>
        size="small"
        rowKey="partnerId"
        pagination={false}
        loading={partners.isPending}
        dataSource={rows}
        columns={[
          { title: t('deliveries.partner'), dataIndex: 'partnerId', render: (p: string) => t(`partnerNames.${p}`, { defaultValue: p }) },
          { title: t('deliveries.lastAttempts'), dataIndex: 'attempts' },
          { title: t('deliveries.successRate'), dataIndex: 'successRate' },
          { title: t('deliveries.latency'), dataIndex: 'latency' },
          {
            title: t('deliveries.breaker'),
            render: (_, row) => {
              const e = row.endpoint;
              if (!e) return '—';
              if (e.state === 'disabled') return <StatusTag color="red">{t('deliveries.disabled')}</StatusTag>;
              const open = e.breakerOpenUntil !== null && Date.parse(e.breakerOpenUntil) > Date.now();
              return <StatusTag color={open ? 'orange' : 'green'}>{open ? t('deliveries.breakerOpen') : t('deliveries.breakerClosed')}</StatusTag>;
            },
          },
          { title: t('deliveries.pending'), render: (_, row) => row.endpoint?.pendingDeliveries ?? '—' },
        ]}
      />
    </Card>
  );
}

function DeadLetters() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [state, setState] = useState<string>('open');
  const client = useQueryClient();
  const notify = useNotify();
  const replay = useMutation({
    mutationFn: (id: string) => core.post(`dead-letters/${id}/replay`, {}),
    onSuccess: () => {
      notify.done(t('deadLetters.replayed'));
      void client.invalidateQueries({ queryKey: ['dead-letters'] });
    },
    onError: (error) => notify.refused(error),
  });
  return (
    <Card title={t('deadLetters.title')} size="small" extra={<Select aria-label={t('money.state')} value={state} onChange={setState} style={{ width: 140 }} options={['open', 'replayed'].map((s) => ({ value: s, label: t(`deadLetters.state.${s}`) }))} />}>
      <CursorTable<DeadLetter>
        queryKey={['dead-letters', state]}
        fetchPage={async (cursor) => {
          const page = await core.get<{ deadLetters: DeadLetter[]; nextCursor: string | null }>(`dead-letters${query({ state, limit: 50, cursor })}`);
          return { items: page.deadLetters, nextCursor: page.nextCursor };
        }}
        rowKey="id"
        locale={{ emptyText: t('deadLetters.empty') }}
        columns={[
          { title: t('deadLetters.failedAt'), dataIndex: 'failedAt', render: (v: string) => jst(v) },
          { title: t('deadLetters.topic'), dataIndex: 'sourceTopic' },
          { title: t('deadLetters.group'), dataIndex: 'consumerGroup' },
          { title: t('cases.partner'), dataIndex: 'partnerId', render: (p: string | null) => (p ? t(`partnerNames.${p}`, { defaultValue: p }) : '—') },
          { title: t('deadLetters.error'), render: (_, d) => <span data-testid="dead-letter-error">{`${d.error.name}: ${d.error.message}`}</span> },
          { title: t('money.state'), dataIndex: 'state', render: (s: string) => <StatusTag color={s === 'open' ? 'red' : 'green'}>{t(`deadLetters.state.${s}`)}</StatusTag> },
          {
            title: '',
            key: 'replay',
            render: (_, d) =>
              can('operator') && d.state === 'open' ? (
                <Button size="small" onClick={() => replay.mutate(d.id)} loading={replay.isPending && replay.variables === d.id} data-testid={`replay-${d.id}`}>
                  {t('deadLetters.replay')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

function ConsumerLag() {
  const { t } = useTranslation();
  const lag = useQuery({ queryKey: ['operations', 'lag'], queryFn: () => consoleApi.get<{ measuredAt: string; lags: { consumerGroup: string; topic: string; lag: number }[] }>('operations/consumer-lag'), refetchInterval: 15_000 });
  if (lag.isError) return <Refusal error={lag.error} />;
  return (
    <Card title={t('lag.title')} size="small" extra={lag.data ? jst(lag.data.measuredAt) : null}>
      <Table
        size="small"
        rowKey={(r) => `${r.consumerGroup} ${r.topic}`}
        pagination={{ pageSize: 20 }}
        loading={lag.isPending}
        dataSource={lag.data?.lags ?? []}
        columns={[
          { title: t('lag.group'), dataIndex: 'consumerGroup' },
          { title: t('lag.topic'), dataIndex: 'topic' },
          { title: t('lag.lag'), dataIndex: 'lag', align: 'right', render: (v: number) => <StatusTag color={v > 100 ? 'red' : v > 0 ? 'orange' : 'green'}>{v}</StatusTag> },
        ]}
      />
    </Card>
  );
}
