import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { core } from '../api';
import { usePartnerDirectory } from '../directory';
import { useSession } from '../session';
import type { CaseV2, OrderV2 } from '../types';
import { ActionModal } from './ActionModal';

/** The coordinator engages a partner for the case: the same request, rules and refusals as POST /cases/{id}/orders. */
export function EngagePartner({ incidentCase }: { incidentCase: CaseV2 }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const partners = usePartnerDirectory();
  if (!can('coordinator')) return null;
  return (
    <ActionModal<{ partnerId: string; supportFunction: string; scope: string; estimateYen: number }>
      label={t('case.engage')}
      title={t('engage.title')}
      primary
      submitLabel={t('engage.submit')}
      // The form's key: a double click or a retry after a lost answer issues one order, not two.
      send={(values, idempotencyKey) => core.post(`cases/${incidentCase.caseId}/orders`, values, idempotencyKey)}
      doneMessage={(values) => t('engage.done', { partner: t(`partnerNames.${values.partnerId}`) })}
      invalidates={[['case', incidentCase.caseId], ['cases']]}
    >
      <Form.Item name="partnerId" label={t('engage.partner')} rules={[{ required: true }]}>
        <Select
          options={partners.map((p) => ({
            value: p.partnerId,
            title: t(`partnerNames.${p.partnerId}`, { defaultValue: p.nameJa }),
            // What each provides, beside its name: the API refuses any other pairing, in Japanese, should one be chosen.
            label: `${t(`partnerNames.${p.partnerId}`, { defaultValue: p.nameJa })}（${p.functions.map((f) => t(`supportFunction.${f}`)).join('・')}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="supportFunction" label={t('engage.fn')} rules={[{ required: true }]}>
        <Select options={['investigation', 'crisis_pr', 'call_centre', 'trust_recovery'].map((f) => ({ value: f, label: t(`supportFunction.${f}`) }))} />
      </Form.Item>
      <Form.Item name="scope" label={t('engage.scope')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="estimateYen" label={t('engage.estimate')} rules={[{ required: true }]}>
        <InputNumber<number> min={0} step={10_000} precision={0} style={{ width: 220 }} formatter={(v) => (v === undefined ? '' : `¥ ${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','))} parser={(v) => Number((v ?? '').replace(/[^\d]/g, ''))} />
      </Form.Item>
    </ActionModal>
  );
}

/** The claims handler records the insurer's coverage decision (once). */
export function DecideCoverage({ incidentCase }: { incidentCase: CaseV2 }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('claims_handler') || incidentCase.coverage.status !== 'pending') return null;
  return (
    <ActionModal<{ decision: 'confirmed' | 'denied'; reason?: string }>
      label={t('case.confirmCoverage')}
      title={t('decide.title')}
      primary
      submitLabel={t('decide.submit')}
      initialValues={{ decision: 'confirmed' }}
      send={(values) => core.post(`cases/${incidentCase.caseId}/coverage-decision`, values.reason ? values : { decision: values.decision })}
      doneMessage={() => t('decide.done')}
      invalidates={[['case', incidentCase.caseId], ['cases']]}
    >
      <Form.Item name="decision" label={t('decide.decision')}>
        <Radio.Group options={[{ value: 'confirmed', label: t('decide.confirmed') }, { value: 'denied', label: t('decide.denied') }]} />
      </Form.Item>
      <Form.Item name="reason" label={t('decide.reason')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </ActionModal>
  );
}

/** The coordinator cancels an order that has not ended. */
export function CancelOrder({ order }: { order: OrderV2 }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('coordinator') || ['closed', 'cancelled', 'declined'].includes(order.status)) return null;
  return (
    <ActionModal<{ reason: string }>
      label={t('order.cancel')}
      title={t('order.cancel')}
      danger
      submitLabel={t('order.cancel')}
      send={(values) => core.post(`orders/${order.orderId}/cancel`, values)}
      doneMessage={() => t('order.cancelled', { partner: t(`partnerNames.${order.partnerId}`, { defaultValue: order.partnerId }) })}
      invalidates={[['case', order.caseId]]}
    >
      <Form.Item name="reason" label={t('order.cancelReason')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </ActionModal>
  );
}
