import { useQueries } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, List, Space, Statistic, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { core } from '../api';
import { jst, jstDate } from '../format';
import type { Deliverable, OrderV2 } from '../types';
import { BarChart } from './BarChart';
import { Refusal } from './Refusal';
import { ReviewDraft } from './ReviewDraft';
import { StatusTag } from './StatusTag';

type Facts = Record<string, unknown>;
const str = (facts: Facts, key: string) => (facts[key] === undefined || facts[key] === null ? '—' : String(facts[key]));
const num = (facts: Facts, key: string) => (typeof facts[key] === 'number' ? (facts[key] as number) : 0);

/** The page size the console reads deliverables in; a case's view shows the first pages of each order. */
const PAGE = 200;

/** Everything the partners sent for the case, shown the way each kind is read: drafts to review, figures, alerts, evidence, certificates. */
export function DeliverablesPanel({ caseId, orders }: { caseId: string; orders: OrderV2[] }) {
  const { t } = useTranslation();
  const results = useQueries({
    queries: orders.map((order) => ({
      queryKey: ['case', caseId, 'deliverables', order.orderId],
      queryFn: () => core.get<{ deliverables: Deliverable[]; nextCursor: string | null }>(`orders/${order.orderId}/deliverables?limit=${PAGE}`),
    })),
  });
  const failed = results.find((r) => r.isError);
  if (failed) return <Refusal error={failed.error} />;
  const all = results.flatMap((r) => r.data?.deliverables ?? []);
  const ofKinds = (...kinds: string[]) => all.filter((d) => kinds.includes(d.kind));
  // An order with more than a page (thousands of Eltes alerts) is shown by its first page, and says so.
  const partial = results.some((r) => r.data?.nextCursor);
  if (all.length === 0) return <Empty description={t('app.none')} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {partial && <Alert type="info" showIcon title={t('deliverables.partial', { shown: all.length })} />}
      <Drafts drafts={ofKinds('crisis_document', 'statement')} caseId={caseId} />
      <Figures figures={ofKinds('inquiry_figures')} />
      <Alerts alerts={ofKinds('monitoring_alert')} />
      <Custody items={ofKinds('evidence_item', 'custody_event', 'hash_reverification')} />
      <Certificates certificates={ofKinds('rating_certificate')} />
      <Others items={all.filter((d) => !['crisis_document', 'statement', 'inquiry_figures', 'monitoring_alert', 'evidence_item', 'custody_event', 'hash_reverification', 'rating_certificate'].includes(d.kind))} />
    </Space>
  );
}

function Drafts({ drafts, caseId }: { drafts: Deliverable[]; caseId: string }) {
  const { t } = useTranslation();
  if (drafts.length === 0) return null;
  const sorted = [...drafts].sort((a, b) => a.reference.localeCompare(b.reference) || b.version - a.version);
  return (
    <Card title={t('deliverables.drafts')} size="small">
      <List
        dataSource={sorted}
        renderItem={(d) => (
          <List.Item data-testid="draft" data-reference={d.reference} data-version={d.version} actions={[<ReviewDraft key="review" deliverable={d} caseId={caseId} />]}>
            <List.Item.Meta
              title={
                <Space>
                  <span>{d.title}</span>
                  <StatusTag>{t('deliverables.version', { version: d.version })}</StatusTag>
                  {d.review ? (
                    <StatusTag color={d.review.decision === 'approved' ? 'green' : 'orange'} data-testid="draft-review">
                      {t(`deliverables.${d.review.decision}`)}
                    </StatusTag>
                  ) : d.needsApproval ? (
                    <StatusTag color="gold">{t('deliverables.awaiting')}</StatusTag>
                  ) : null}
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 4 }}>
                    {str(d.facts, 'text')}
                  </Typography.Paragraph>
                  {d.review?.comment && <Typography.Text type="secondary">「{d.review.comment}」</Typography.Text>}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function Figures({ figures }: { figures: Deliverable[] }) {
  const { t } = useTranslation();
  if (figures.length === 0) return null;
  const byDay = [...figures].sort((a, b) => str(a.facts, 'reportDate').localeCompare(str(b.facts, 'reportDate')));
  return (
    <Card title={t('deliverables.figures')} size="small" data-testid="inquiry-figures">
      <BarChart
        title={t('deliverables.figures')}
        labels={byDay.map((d) => str(d.facts, 'reportDate'))}
        series={[
          { name: '入電', colour: '#0b5cad', values: byDay.map((d) => num(d.facts, 'callsOffered')) },
          { name: '応答', colour: '#3f8f3f', values: byDay.map((d) => num(d.facts, 'callsAnswered')) },
          { name: '放棄', colour: '#c0392b', values: byDay.map((d) => num(d.facts, 'callsAbandoned')) },
        ]}
      />
    </Card>
  );
}

const RISK_COLOUR: Record<string, string> = { 緊急: 'red', 要注意: 'orange', 参考: 'default' };

function Alerts({ alerts }: { alerts: Deliverable[] }) {
  const { t } = useTranslation();
  if (alerts.length === 0) return null;
  const count = (level: string) => alerts.filter((a) => a.facts.riskLevel === level).length;
  return (
    <Card title={t('deliverables.alerts')} size="small" data-testid="monitoring-alerts">
      <Space size="large">
        {['緊急', '要注意', '参考'].map((level) => (
          <Statistic key={level} title={`${t('deliverables.riskLevel')} ${level}`} value={count(level)} />
        ))}
      </Space>
      <Table<Deliverable>
        size="small"
        rowKey="deliverableId"
        pagination={{ pageSize: 10 }}
        dataSource={[...alerts].sort((a, b) => ['緊急', '要注意', '参考'].indexOf(String(a.facts.riskLevel)) - ['緊急', '要注意', '参考'].indexOf(String(b.facts.riskLevel)))}
        columns={[
          { title: t('deliverables.riskLevel'), render: (_, d) => <StatusTag color={RISK_COLOUR[String(d.facts.riskLevel)]}>{str(d.facts, 'riskLevel')}</StatusTag> },
          { title: 'プラットフォーム', render: (_, d) => str(d.facts, 'platform') },
          { title: '抜粋', render: (_, d) => <Typography.Text ellipsis style={{ maxWidth: 360 }}>{str(d.facts, 'excerpt')}</Typography.Text> },
          { title: '検知', render: (_, d) => jst(str(d.facts, 'detectedAt')) },
        ]}
      />
    </Card>
  );
}

function Custody({ items }: { items: Deliverable[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const rows = [...items].sort((a, b) => str(a.facts, 'evidenceNo').localeCompare(str(b.facts, 'evidenceNo')) || num(a.facts, 'seq') - num(b.facts, 'seq'));
  return (
    <Card title={t('deliverables.custody')} size="small" data-testid="chain-of-custody">
      <Table<Deliverable>
        size="small"
        rowKey="deliverableId"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '証拠番号', render: (_, d) => str(d.facts, 'evidenceNo') },
          { title: '記録', render: (_, d) => d.title },
          { title: '内容', render: (_, d) => custodyDetail(d, t) },
          { title: '状態', render: (_, d) => (d.discrepancy ? <StatusTag color="red">{t('deliverables.discrepancy')}: {d.discrepancy}</StatusTag> : <StatusTag color="green">OK</StatusTag>) },
          { title: '日時', render: (_, d) => jst(d.occurredAt) },
        ]}
      />
    </Card>
  );
}

/** What one line of the chain of custody says: the device preserved, who handed it to whom, the seal, the locker. */
function custodyDetail(d: Deliverable, t: TFunction): string {
  const facts = d.facts;
  if (d.kind === 'evidence_item') return `${str(facts, 'deviceKind')}・${str(facts, 'imageFormat')}・${str(facts, 'hashAlgorithm')} ${str(facts, 'hashValue').slice(0, 16)}…`;
  if (d.kind === 'hash_reverification') return `${str(facts, 'hashAlgorithm')} ${str(facts, 'hashValue').slice(0, 16)}…（${str(facts, 'tool')}）`;
  const action = t(`deliverables.custodyActions.${str(facts, 'action')}`, { defaultValue: str(facts, 'action') });
  if (facts.action === 'handed_over') return `${action}：${str(facts, 'fromPerson')} → ${str(facts, 'toPerson')}`;
  if (facts.action === 'sealed') return `${action}：封印番号 ${str(facts, 'sealNo')}`;
  return `${action}：${str(facts, 'storageLocation')} ${str(facts, 'lockerNo')}`;
}

function Certificates({ certificates }: { certificates: Deliverable[] }) {
  const { t } = useTranslation();
  if (certificates.length === 0) return null;
  return (
    <Card title={t('deliverables.certificate')} size="small" data-testid="certificate">
      {certificates.map((c) => (
        <Descriptions key={c.deliverableId} size="small" column={2} bordered>
          <Descriptions.Item label="格付">{str(c.facts, 'ratingGrade')}</Descriptions.Item>
          <Descriptions.Item label="認証番号">{str(c.facts, 'certificateNo')}</Descriptions.Item>
          <Descriptions.Item label="有効期間">{`${jstDate(str(c.facts, 'validFrom'))} 〜 ${jstDate(str(c.facts, 'validUntil'))}`}</Descriptions.Item>
          <Descriptions.Item label="文書の検証">{c.facts.documentSha256Verified ? <StatusTag color="green">SHA-256 一致</StatusTag> : <StatusTag color="red">未検証</StatusTag>}</Descriptions.Item>
        </Descriptions>
      ))}
    </Card>
  );
}

function Others({ items }: { items: Deliverable[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Card title={t('deliverables.other')} size="small">
      <Table<Deliverable>
        size="small"
        rowKey="deliverableId"
        pagination={{ pageSize: 10 }}
        dataSource={items}
        columns={[
          { title: '種類', dataIndex: 'kind', render: (kind: string) => t(`deliverables.kinds.${kind}`, { defaultValue: kind }) },
          { title: '件名', dataIndex: 'title' },
          { title: '版', dataIndex: 'version' },
          { title: '重要度', render: (_, d) => <StatusTag color={d.attention === 'urgent' ? 'red' : undefined}>{t(`deliverables.attention.${d.attention}`)}</StatusTag> },
          { title: '受領', render: (_, d) => jst(d.receivedAt) },
        ]}
      />
    </Card>
  );
}
