import { Alert, Drawer, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { core, query } from '../api';
import { ActionModal } from '../components/ActionModal';
import { CursorTable } from '../components/CursorTable';
import { InvoiceDetail, InvoiceStateTag } from '../components/InvoiceDetail';
import { LimitGauges } from '../components/LimitGauges';
import { jstDate, yen } from '../format';
import { holdReasonInJapanese } from '../hold-reasons';
import { useSession } from '../session';
import type { InvoiceV2 } from '../types';

/** The insurer's queue: invoices waiting for an approver, each opened beside its case's limits, approved or rejected with a reason. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { can, approvalLimitYen } = useSession();
  const [open, setOpen] = useState<InvoiceV2>();
  return (
    <section aria-labelledby="approvals-title">
      <Typography.Title level={2} id="approvals-title">
        {t('approvals.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('approvals.help')} description={approvalLimitYen !== null ? t('approvals.yourLimit', { limit: yen(approvalLimitYen) }) : undefined} style={{ marginBottom: 16 }} />
      <CursorTable<InvoiceV2>
        queryKey={['invoices', 'awaiting_approval']}
        fetchPage={async (cursor) => {
          const page = await core.get<{ invoices: InvoiceV2[]; nextCursor: string | null }>(`invoices${query({ state: 'awaiting_approval', limit: 50, cursor })}`);
          return { items: page.invoices, nextCursor: page.nextCursor };
        }}
        rowKey="invoiceId"
        locale={{ emptyText: t('approvals.empty') }}
        onRow={(invoice) => ({ onClick: () => setOpen(invoice), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('money.invoiceNumber'), dataIndex: 'invoiceNumber', render: (n: string, invoice) => <a onClick={() => setOpen(invoice)}>{n}</a> },
          { title: t('cases.partner'), dataIndex: 'partnerId', render: (p: string) => t(`partnerNames.${p}`, { defaultValue: p }) },
          { title: t('money.issueDate'), dataIndex: 'issueDate', render: (d: string) => jstDate(d) },
          { title: t('money.gross'), align: 'right', render: (_, i) => yen(i.totals.grossYen) },
          { title: t('money.state'), dataIndex: 'state', render: (s: string) => <InvoiceStateTag state={s} /> },
          { title: t('case.reason'), dataIndex: 'stateReason', render: (r: string | null) => holdReasonInJapanese(r) },
        ]}
      />
      <Drawer width={960} open={Boolean(open)} onClose={() => setOpen(undefined)} title={open ? `${t('money.invoiceNumber')} ${open.invoiceNumber}` : ''} destroyOnHidden>
        {open && (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Link to={`/cases/${open.caseId}`}>{t('approvals.case')}</Link>
            <LimitGauges caseId={open.caseId} />
            <InvoiceDetail invoice={open} />
            {can('approver') && open.state === 'awaiting_approval' && (
              <Space>
                <ActionModal<{ note?: string }>
                  label={t('approvals.approve')}
                  title={t('approvals.approve')}
                  primary
                  submitLabel={t('approvals.approve')}
                  send={(values) => core.post(`invoices/${open.invoiceId}/approve`, values.note ? { note: values.note } : {})}
                  doneMessage={() => t('approvals.approved', { number: open.invoiceNumber })}
                  invalidates={[['invoices'], ['case', open.caseId]]}
                >
                  <Form.Item name="note" label={t('approvals.note')}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                </ActionModal>
                <ActionModal<{ reason: string }>
                  label={t('approvals.reject')}
                  title={t('approvals.reject')}
                  danger
                  submitLabel={t('approvals.reject')}
                  send={(values) => core.post(`invoices/${open.invoiceId}/reject`, values)}
                  doneMessage={() => t('approvals.rejected', { number: open.invoiceNumber })}
                  invalidates={[['invoices'], ['case', open.caseId]]}
                >
                  <Form.Item name="reason" label={t('approvals.reason')}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                </ActionModal>
              </Space>
            )}
          </Space>
        )}
      </Drawer>
    </section>
  );
}
