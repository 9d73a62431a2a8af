import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { jst, yen } from '../format';
import { holdReasonInJapanese } from '../hold-reasons';
import type { InvoiceV2 } from '../types';
import { StatusTag } from './StatusTag';

type Line = InvoiceV2['lines'][number];

/** An invoice's lines, each with what the policy paid and, in plain Japanese, why any part was not. */
export function InvoiceDetail({ invoice }: { invoice: InvoiceV2 }) {
  const { t } = useTranslation();
  const settled = new Map((invoice.settlement?.lines ?? []).map((l) => [l.lineNo, l]));
  return (
    <div data-testid={`invoice-${invoice.invoiceNumber}`}>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={t('money.gross')}>{yen(invoice.totals.grossYen)}</Descriptions.Item>
        <Descriptions.Item label={t('money.covered')}>{yen(invoice.settlement?.coveredYen)}</Descriptions.Item>
        <Descriptions.Item label={t('money.retained')}>{yen(invoice.settlement?.retainedYen)}</Descriptions.Item>
        {invoice.stateReason && <Descriptions.Item label={t('case.reason')}>{holdReasonInJapanese(invoice.stateReason)}</Descriptions.Item>}
      </Descriptions>
      <Table<Line>
        size="small"
        rowKey="lineNo"
        pagination={false}
        dataSource={invoice.lines}
        columns={[
          { title: '#', dataIndex: 'lineNo', width: 40 },
          { title: t('money.description'), dataIndex: 'description' },
          { title: t('money.category'), dataIndex: 'category', render: (c: string) => t(`costCategory.${c}`, { defaultValue: c }) },
          { title: t('money.lineGross'), dataIndex: 'grossYen', align: 'right', render: (v: number) => yen(v) },
          { title: t('money.covered'), key: 'covered', align: 'right', render: (_, line) => yen(settled.get(line.lineNo)?.coveredYen) },
          {
            title: t('money.reasons'),
            key: 'reasons',
            render: (_, line) => {
              const s = settled.get(line.lineNo);
              if (!s) return '—';
              if (s.cuts.length === 0) return <Typography.Text type="success">{t('money.fullyCovered')}</Typography.Text>;
              return (
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {s.cuts.map((cut) => (
                    <li key={cut.reason}>
                      {t(`retentionReason.${cut.reason}`, { defaultValue: cut.reason })}（{yen(cut.yen)}）
                    </li>
                  ))}
                </ul>
              );
            },
          },
        ]}
      />
      {invoice.payouts.length > 0 && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          rowKey="payoutId"
          pagination={false}
          dataSource={invoice.payouts}
          columns={[
            { title: t('money.payee'), render: (_, p) => `${t(`payee.${p.payee}`)}：${p.payeeName}` },
            { title: t('money.amount'), align: 'right', render: (_, p) => yen(p.amountYen) },
            { title: t('money.state'), render: (_, p) => <StatusTag color={p.state === 'paid' ? 'green' : p.state === 'cancelled' ? 'red' : 'blue'}>{t(`payoutState.${p.state}`)}</StatusTag> },
            { title: t('money.paidAt'), render: (_, p) => jst(p.paidAt) },
          ]}
        />
      )}
    </div>
  );
}

export const InvoiceStateTag = ({ state }: { state: string }) => {
  const { t } = useTranslation();
  return <StatusTag color={state === 'awaiting_approval' ? 'gold' : state === 'rejected' ? 'red' : state === 'paid' ? 'green' : 'blue'}>{t(`invoiceState.${state}`)}</StatusTag>;
};
