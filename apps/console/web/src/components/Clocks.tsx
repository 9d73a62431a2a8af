import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { duration, jst } from '../format';
import { isUnauthorisedAccess, PPC_DEADLINES, RESPONSE_TARGETS } from '../targets';
import type { CaseV2, OrderV2, TimelineEntry } from '../types';
import { StatusTag } from './StatusTag';

const DAY = 86_400_000;

/** Countdown to a deadline: green with time left, red once passed. */
function Countdown({ deadline, now }: { deadline: number; now: number }) {
  const { t } = useTranslation();
  const left = deadline - now;
  return (
    <StatusTag color={left < 0 ? 'red' : left < DAY ? 'orange' : 'green'}>
      {left < 0 ? t('clocks.overdue', { time: duration(left) }) : t('clocks.remaining', { time: duration(left) })}（{jst(new Date(deadline).toISOString())}）
    </StatusTag>
  );
}

/** The case's regulatory deadlines, counted from discovery. */
export function RegulatoryClocks({ incidentCase, now }: { incidentCase: CaseV2; now: number }) {
  const { t } = useTranslation();
  const discovered = Date.parse(incidentCase.incident.discoveredAt);
  const finalDays = isUnauthorisedAccess(incidentCase.settlementFacts.eventKind) ? PPC_DEADLINES.finalDaysUnauthorisedAccess : PPC_DEADLINES.finalDays;
  return (
    <Card title={t('clocks.title')} size="small">
      <Descriptions column={1} size="small" layout="vertical">
        <Descriptions.Item label={t('clocks.preliminary')}>
          <Countdown deadline={discovered + PPC_DEADLINES.preliminaryDays * DAY} now={now} />
        </Descriptions.Item>
        <Descriptions.Item label={t('clocks.final', { days: finalDays })}>
          <Countdown deadline={discovered + finalDays * DAY} now={now} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {t('clocks.help')}
      </Typography.Paragraph>
    </Card>
  );
}

/** How long the partner took (or has been taking) to acknowledge and to accept, against the hub's targets. */
export function ResponseClock({ order, timeline, now }: { order: OrderV2; timeline: TimelineEntry[]; now: number }) {
  const { t } = useTranslation();
  const issued = Date.parse(order.issuedAt);
  const firstTo = (statuses: string[]) => timeline.filter((e) => e.orderId === order.orderId && e.toStatus && statuses.includes(e.toStatus)).map((e) => Date.parse(e.occurredAt)).sort((a, b) => a - b)[0];
  const acknowledged = firstTo(['acknowledged', 'accepted', 'in_progress', 'work_complete', 'declined']);
  const accepted = order.acceptedAt ? Date.parse(order.acceptedAt) : firstTo(['accepted', 'in_progress', 'work_complete']);
  const ended = order.status === 'cancelled' || order.status === 'declined';
  const clock = (label: string, at: number | undefined, target: number) => {
    const took = (at ?? (ended ? undefined : now)) === undefined ? undefined : (at ?? now) - issued;
    const late = took !== undefined && took > target;
    return (
      <span>
        {label}:{' '}
        <StatusTag color={late ? 'red' : at ? 'green' : 'blue'} data-late={late ? 'true' : 'false'}>
          {took === undefined ? '—' : at ? duration(took) : t('clocks.waiting', { time: duration(took) })}
          {late ? `（${t('clocks.late')}）` : ''}
        </StatusTag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('clocks.target', { time: duration(target) })}
        </Typography.Text>
      </span>
    );
  };
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {clock(t('clocks.ack'), acknowledged, RESPONSE_TARGETS.acknowledgeMs)}
      {clock(t('clocks.accept'), accepted, RESPONSE_TARGETS.acceptMs)}
    </div>
  );
}
