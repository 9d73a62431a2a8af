import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { core, query } from '../api';
import { CursorTable } from '../components/CursorTable';
import { jst, yen } from '../format';
import type { PayoutV2 } from '../types';
import { StatusTag } from '../components/StatusTag';

/** Every payout the settlement instructed, newest first, paged (never cut off), by state. */
export function PayoutsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<string>();
  return (
    <section aria-labelledby="payouts-title">
      <Typography.Title level={2} id="payouts-title">
        {t('payouts.title')}
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Select aria-label={t('money.state')} placeholder={t('money.state')} allowClear style={{ width: 180 }} value={state} onChange={setState} options={['instructed', 'paid', 'cancelled'].map((s) => ({ value: s, label: t(`payoutState.${s}`) }))} />
      </Space>
      <CursorTable<PayoutV2>
        queryKey={['payouts', state]}
        fetchPage={async (cursor) => {
          const page = await core.get<{ payouts: PayoutV2[]; nextCursor: string | null }>(`payouts${query({ state, limit: 100, cursor })}`);
          return { items: page.payouts, nextCursor: page.nextCursor };
        }}
        rowKey="payoutId"
        columns={[
          { title: t('payouts.instructedAt'), dataIndex: 'instructedAt', render: (v: string) => jst(v) },
          { title: t('money.payee'), render: (_, p) => `${t(`payee.${p.payee}`)}：${p.payeeName}` },
          { title: t('money.amount'), align: 'right', render: (_, p) => yen(p.amountYen) },
          { title: t('money.state'), render: (_, p) => <StatusTag color={p.state === 'paid' ? 'green' : p.state === 'cancelled' ? 'red' : 'blue'}>{t(`payoutState.${p.state}`)}</StatusTag> },
          { title: t('payouts.reference'), dataIndex: 'paymentReference' },
          { title: t('approvals.case'), render: (_, p) => <Link to={`/cases/${p.caseId}`}>{p.caseId.slice(0, 8)}</Link> },
        ]}
      />
    </section>
  );
}
