import { useQueries } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { adapter } from '../api';
import { jst } from '../format';
import type { DeliveryAttempt, DeliveryState, OrderV2 } from '../types';
import { StatusTag } from './StatusTag';

interface DeliveryRecord {
  orderId: string;
  partnerId: string;
  order: DeliveryState | null;
  cancellation: DeliveryState | null;
}

/** What each partner was sent for the case (the order, any cancellation) and every attempt to deliver it. */
export function DeliveriesPanel({ caseId, orders }: { caseId: string; orders: OrderV2[] }) {
  const { t } = useTranslation();
  const records = useQueries({
    queries: orders.map((order) => ({
      queryKey: ['case', caseId, 'delivery', order.orderId],
      queryFn: () => adapter.get<DeliveryRecord>(order.partnerId, `deliveries/${order.orderId}`),
      retry: false,
    })),
  });
  if (orders.length === 0) return <Empty description={t('app.none')} />;
  return (
    <>
      {orders.map((order, i) => {
        const record = records[i].data;
        return (
          <Card key={order.orderId} size="small" style={{ marginBottom: 16 }} title={`${t(`partnerNames.${order.partnerId}`, { defaultValue: order.partnerId })}（${t(`supportFunction.${order.supportFunction}`)}）`}>
            {records[i].isError ? <StatusTag color="red">{String((records[i].error as Error).message)}</StatusTag> : null}
            {record && (
              <>
                <DeliveryState label={t('deliveries.order')} state={record.order} />
                {record.cancellation && <DeliveryState label={t('deliveries.cancellation')} state={record.cancellation} />}
              </>
            )}
          </Card>
        );
      })}
    </>
  );
}

function DeliveryState({ label, state }: { label: string; state: DeliveryState | null }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <>
      <Descriptions size="small" column={3} title={label}>
        <Descriptions.Item label={t('money.state')}>
          <StatusTag color={state.status === 'delivered' ? 'green' : state.status === 'failed' ? 'red' : 'blue'}>{state.status}</StatusTag>
        </Descriptions.Item>
        <Descriptions.Item label={t('deliveries.attempts')}>{state.attempts}</Descriptions.Item>
        <Descriptions.Item label="配信日時">{jst(state.deliveredAt)}</Descriptions.Item>
      </Descriptions>
      <Table<DeliveryAttempt>
        size="small"
        rowKey="attemptNo"
        pagination={false}
        dataSource={state.attemptLog}
        columns={[
          { title: '#', dataIndex: 'attemptNo', width: 40 },
          { title: '方式', dataIndex: 'channel' },
          { title: '開始', dataIndex: 'startedAt', render: (v: string) => jst(v) },
          { title: 'HTTP', dataIndex: 'httpStatus' },
          { title: '所要', dataIndex: 'durationMs', render: (v: number) => `${v} ms` },
          { title: '結果', dataIndex: 'outcome', render: (o: string) => t(`deliveries.outcome.${o}`, { defaultValue: o }) },
          { title: t('deadLetters.error'), dataIndex: 'error' },
        ]}
      />
    </>
  );
}
