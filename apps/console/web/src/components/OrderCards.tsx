import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { duration, jst, yen } from '../format';
import type { OrderV2, TimelineEntry } from '../types';
import { CancelOrder } from './CaseActions';
import { ResponseClock } from './Clocks';
import { StatusTag } from './StatusTag';

const STATUS_COLOUR: Record<string, string> = { issued: 'blue', acknowledged: 'cyan', accepted: 'geekblue', in_progress: 'processing', work_complete: 'green', closed: 'default', cancelled: 'red', declined: 'volcano' };

/** One card per order: the partner, its state, what it last reported and how long ago, and its response clocks. */
export function OrderCards({ orders, timeline, now }: { orders: OrderV2[]; timeline: TimelineEntry[]; now: number }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {orders.map((order) => {
        const last = timeline.filter((e) => e.orderId === order.orderId && (e.milestone || e.toStatus)).sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))[0];
        return (
          <Col key={order.orderId} xs={24} lg={12} xxl={8}>
            <Card
              size="small"
              data-testid={`order-card-${order.partnerId}`}
              title={t('order.card', { partner: t(`partnerNames.${order.partnerId}`, { defaultValue: order.partnerId }), fn: t(`supportFunction.${order.supportFunction}`) })}
              extra={<StatusTag color={STATUS_COLOUR[order.status]} data-testid="order-status">{t(`orderStatus.${order.status}`)}</StatusTag>}
            >
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('order.lastMilestone')}>
                  {last ? (
                    <span data-testid="order-last-milestone">
                      {last.milestone ? t(`milestones.${last.milestone}`, { defaultValue: last.milestone }) : t(`orderStatus.${last.toStatus}`)}（{t('order.age')} {duration(now - Date.parse(last.occurredAt))}）
                    </span>
                  ) : (
                    '—'
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('order.issuedAt')}>{jst(order.issuedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('order.estimate')}>{yen(order.estimateYen)}</Descriptions.Item>
                <Descriptions.Item label={t('order.scope')}>
                  <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
                    {order.scope}
                  </Typography.Paragraph>
                </Descriptions.Item>
              </Descriptions>
              <Space direction="vertical" style={{ width: '100%' }}>
                <ResponseClock order={order} timeline={timeline} now={now} />
                {!order.insured && <StatusTag color="orange">{t('order.notInsured')}</StatusTag>}
                <CancelOrder order={order} />
              </Space>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
