import { DatePicker, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { core, query } from '../api';
import { CursorTable } from '../components/CursorTable';
import { usePartnerDirectory } from '../directory';
import { jst } from '../format';
import type { CaseSummary } from '../types';
import { StatusTag } from '../components/StatusTag';

/** Every case, newest first: search by the insured's name (or policy number, case id), filter by coverage, partner, date. */
export function CasesPage() {
  const { t } = useTranslation();
  const partners = usePartnerDirectory();
  const [text, setText] = useState('');
  const [coverage, setCoverage] = useState<string>();
  const [partnerId, setPartnerId] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const filters = { q: text.trim(), coverage, partnerId, from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.add(1, 'day').startOf('day').toISOString() };
  return (
    <section aria-labelledby="cases-title">
      <Typography.Title level={2} id="cases-title">
        {t('cases.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label={t('cases.search')} placeholder={t('cases.search')} allowClear style={{ width: 340 }} onSearch={setText} enterButton />
        <Select aria-label={t('cases.coverage')} placeholder={t('cases.coverage')} allowClear style={{ width: 160 }} value={coverage} onChange={setCoverage} options={['pending', 'confirmed', 'denied'].map((c) => ({ value: c, label: t(`coverage.${c}`) }))} />
        <Select aria-label={t('cases.partner')} placeholder={t('cases.partner')} allowClear style={{ width: 200 }} value={partnerId} onChange={setPartnerId} options={partners.map((p) => ({ value: p.partnerId, label: t(`partnerNames.${p.partnerId}`, { defaultValue: p.nameJa }) }))} />
        <DatePicker.RangePicker aria-label={t('cases.period')} value={range} onChange={(value) => setRange(value)} />
      </Space>
      <CursorTable<CaseSummary>
        queryKey={['cases', filters]}
        fetchPage={async (cursor) => {
          const page = await core.get<{ cases: CaseSummary[]; nextCursor: string | null }>(`cases${query({ ...filters, limit: 50, cursor })}`);
          return { items: page.cases, nextCursor: page.nextCursor };
        }}
        rowKey="caseId"
        locale={{ emptyText: t('cases.empty') }}
        columns={[
          { title: t('cases.insured'), dataIndex: 'insuredName', render: (name: string, row) => <Link to={`/cases/${row.caseId}`}>{name}</Link> },
          { title: t('cases.policyNumber'), dataIndex: 'policyNumber' },
          { title: t('cases.reportedAt'), dataIndex: 'reportedAt', render: (v: string) => jst(v) },
          { title: t('cases.coverage'), key: 'coverage', render: (_: unknown, row) => <StatusTag color={row.coverage.status === 'confirmed' ? 'green' : row.coverage.status === 'denied' ? 'red' : 'gold'}>{t(`coverage.${row.coverage.status}`)}</StatusTag> },
          { title: t('cases.orders'), key: 'orders', render: (_: unknown, row) => `${row.orders.open} ／ ${row.orders.total}` },
          { title: t('cases.partners'), dataIndex: 'partners', render: (ids: string[]) => ids.map((id) => t(`partnerNames.${id}`, { defaultValue: id })).join('、') },
        ]}
      />
    </section>
  );
}
