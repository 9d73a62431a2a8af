import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { core, query } from '../api';
import { jstDate, yen } from '../format';
import type { InvoiceV2 } from '../types';
import { CursorTable } from './CursorTable';
import { InvoiceDetail, InvoiceStateTag } from './InvoiceDetail';
import { LimitGauges } from './LimitGauges';

/** The case's money: its limits as gauges, and every invoice with its lines, settlement reasons and payouts. */
export function MoneyPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <LimitGauges caseId={caseId} />
      <Card title={t('money.invoices')} size="small">
        <CursorTable<InvoiceV2>
          queryKey={['case', caseId, 'invoices']}
          fetchPage={async (cursor) => {
            const page = await core.get<{ invoices: InvoiceV2[]; nextCursor: string | null }>(`invoices${query({ caseId, limit: 50, cursor })}`);
            return { items: page.invoices, nextCursor: page.nextCursor };
          }}
          rowKey="invoiceId"
          expandable={{ expandedRowRender: (invoice) => <InvoiceDetail invoice={invoice} /> }}
          columns={[
            { title: t('money.invoiceNumber'), dataIndex: 'invoiceNumber' },
            { title: t('cases.partner'), dataIndex: 'partnerId', render: (p: string) => t(`partnerNames.${p}`, { defaultValue: p }) },
            { title: t('money.issueDate'), dataIndex: 'issueDate', render: (d: string) => jstDate(d) },
            { title: t('money.gross'), align: 'right', render: (_, i) => yen(i.totals.grossYen) },
            { title: t('money.covered'), align: 'right', render: (_, i) => yen(i.settlement?.coveredYen) },
            { title: t('money.state'), dataIndex: 'state', render: (s: string) => <InvoiceStateTag state={s} /> },
          ]}
        />
      </Card>
    </Space>
  );
}

