import { Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { core } from '../api';
import { useSession } from '../session';
import type { Deliverable } from '../types';
import { ActionModal } from './ActionModal';

/** The coordinator approves a draft or returns it with comments; the partner hears it in its own terms. */
export function ReviewDraft({ deliverable, caseId }: { deliverable: Deliverable; caseId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('coordinator') || !deliverable.needsApproval || deliverable.review) return null;
  const send = (decision: 'approved' | 'returned') => (values: { comment?: string }) =>
    core.post(`orders/${deliverable.orderId}/deliverables/${deliverable.deliverableId}/review`, { decision, ...(values.comment ? { comment: values.comment } : {}) });
  const common = { invalidates: [['case', caseId]] };
  return (
    <Space>
      <ActionModal<{ comment?: string }>
        {...common}
        label={t('deliverables.approve')}
        title={`${deliverable.title}（${t('deliverables.version', { version: deliverable.version })}）`}
        primary
        submitLabel={t('deliverables.approve')}
        send={send('approved')}
        doneMessage={() => t('deliverables.reviewDone', { title: deliverable.title, decision: t('deliverables.approved') })}
      >
        <Form.Item name="comment" label={t('deliverables.comment')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ comment?: string }>
        {...common}
        label={t('deliverables.return')}
        title={`${deliverable.title}（${t('deliverables.version', { version: deliverable.version })}）`}
        danger
        submitLabel={t('deliverables.return')}
        send={send('returned')}
        doneMessage={() => t('deliverables.reviewDone', { title: deliverable.title, decision: t('deliverables.returned') })}
      >
        <Form.Item name="comment" label={t('deliverables.comment')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
