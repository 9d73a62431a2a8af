import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Spin, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { core, query } from '../api';
import { DecideCoverage, EngagePartner } from '../components/CaseActions';
import { CaseFindings } from '../components/CaseFindings';
import { RegulatoryClocks } from '../components/Clocks';
import { DeliverablesPanel } from '../components/DeliverablesPanel';
import { DeliveriesPanel } from '../components/DeliveriesPanel';
import { MoneyPanel } from '../components/MoneyPanel';
import { OrderCards } from '../components/OrderCards';
import { Refusal } from '../components/Refusal';
import { TimelineList } from '../components/TimelineList';
import { jst, jstDate, yen } from '../format';
import { useSession } from '../session';
import type { CaseTimelineV2, CaseV2, PolicyV2, TimelineEntry } from '../types';
import { StatusTag } from '../components/StatusTag';

/** Pages the API's timeline are read in, and how many at most: beyond 20,000 entries the screen shows the first ones. */
const TIMELINE_PAGE = 1000;
const TIMELINE_PAGES = 20;

/** The case's timeline, page by page (the API never answers with an unbounded list). */
async function wholeTimeline(caseId: string): Promise<{ entries: TimelineEntry[] }> {
  const entries: TimelineEntry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < TIMELINE_PAGES; page++) {
    const answer: CaseTimelineV2 = await core.get<CaseTimelineV2>(`cases/${caseId}/timeline${query({ limit: TIMELINE_PAGE, cursor })}`);
    entries.push(...answer.entries);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return { entries };
}

/** The clocks tick once a minute. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** One incident: its policy, facts and coverage; its orders, timeline (live), deliverables, money and deliveries. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useSession();
  const now = useNow();
  const incidentCase = useQuery({ queryKey: ['case', caseId], queryFn: () => core.get<CaseV2>(`cases/${caseId}`) });
  const timeline = useQuery({ queryKey: ['case', caseId, 'timeline'], queryFn: () => wholeTimeline(caseId) });
  const policyNumber = incidentCase.data?.policyNumber;
  const policy = useQuery({ queryKey: ['policy', policyNumber], queryFn: () => core.get<PolicyV2>(`policies/${encodeURIComponent(policyNumber ?? '')}`), enabled: Boolean(policyNumber) });
  if (incidentCase.isError) return <Refusal error={incidentCase.error} />;
  if (!incidentCase.data) return <Spin />;
  const c = incidentCase.data;
  const entries = timeline.data?.entries ?? [];
  return (
    <article aria-labelledby="case-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2} id="case-title" style={{ marginBottom: 0 }}>
          {policy.data?.insured.name ?? c.policyNumber}
          <StatusTag style={{ marginLeft: 12 }} color={c.coverage.status === 'confirmed' ? 'green' : c.coverage.status === 'denied' ? 'red' : 'gold'} data-testid="coverage-status">
            {t(`coverage.${c.coverage.status}`)}
          </StatusTag>
        </Typography.Title>
        <Space>
          <DecideCoverage incidentCase={c} />
          {c.coverage.status === 'confirmed' && <EngagePartner incidentCase={c} />}
        </Space>
      </Space>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={8}>
          <Card title={t('case.policy')} size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('cases.policyNumber')}>{c.policyNumber}</Descriptions.Item>
              <Descriptions.Item label={t('case.product')}>{policy.data ? t(`product.${policy.data.product}`) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('case.period')}>{policy.data ? `${jstDate(policy.data.periodStart)} 〜 ${jstDate(policy.data.periodEnd)}` : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('money.limits.period_liability')}>{yen(policy.data?.liabilityLimitYen)}</Descriptions.Item>
              <Descriptions.Item label={t('money.limits.accident_expense')}>{yen(policy.data?.expenseSublimitYen)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('case.incident')} size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('case.incidentKind')}>{t(`eventKind.${c.settlementFacts.eventKind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('case.occurredAt')}>{jst(c.incident.occurredAt)}</Descriptions.Item>
              <Descriptions.Item label={t('case.discoveredAt')}>{jst(c.incident.discoveredAt)}</Descriptions.Item>
              <Descriptions.Item label={t('case.discoveryChannel')}>{t(`discoveryChannel.${c.incident.discoveryChannel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('case.victims')}>{t('case.victimsValue', c.incident.victims)}</Descriptions.Item>
              <Descriptions.Item label={t('case.summary')}>{c.incident.summary}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Card title={t('case.coverageDecision')} size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('case.coverageDecision')}>{t(`coverage.${c.coverage.status}`)}</Descriptions.Item>
                <Descriptions.Item label={t('case.decidedBy')}>{c.coverage.decidedBy ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('case.reason')}>{c.coverage.reason ?? '—'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <RegulatoryClocks incidentCase={c} now={now} />
          </Space>
        </Col>
      </Row>
      <CaseFindings caseId={c.caseId} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          { key: 'overview', label: t('case.orders'), children: <OrderCards orders={c.orders} timeline={entries} now={now} /> },
          { key: 'timeline', label: t('case.timeline'), children: timeline.isError ? <Refusal error={timeline.error} /> : <TimelineList entries={entries} /> },
          { key: 'deliverables', label: t('case.deliverables'), children: <DeliverablesPanel caseId={c.caseId} orders={c.orders} /> },
          { key: 'money', label: t('case.money'), children: <MoneyPanel caseId={c.caseId} /> },
          ...(can('coordinator', 'operator', 'auditor') ? [{ key: 'deliveries', label: t('case.deliveries'), children: <DeliveriesPanel caseId={c.caseId} orders={c.orders} /> }] : []),
        ]}
      />
    </article>
  );
}
