import { Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reconciler } from '../api';
import { FINDING_RESOLVERS } from '../findings';
import { jst } from '../format';
import { useSession } from '../session';
import type { Finding } from '../types';
import { ActionModal } from './ActionModal';
import { StatusTag } from './StatusTag';

/** 要対応 (an incident: money or a promise may be wrong) in red, 注意 (a warning) in orange; both AA on white text. */
export function SeverityTag({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return (
    <StatusTag color={severity === 'incident' ? 'red' : 'orange'} data-testid="finding-severity">
      {t(`findings.severities.${severity}`, { defaultValue: severity })}
    </StatusTag>
  );
}

/** A job's and a kind's Japanese names; one the catalog does not know is shown by its code. */
export function useFindingLabels() {
  const { t } = useTranslation();
  return {
    job: (job: string) => t(`findings.jobs.${job}`, { defaultValue: job }),
    kind: (kind: string) => t(`findings.kinds.${kind}`, { defaultValue: kind }),
  };
}

/** Open, or resolved: how (自動解消 / 担当者が解消), by whom, when, and the note the person left. */
export function FindingState({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  if (finding.state === 'open') {
    return (
      <StatusTag color="gold" data-testid="finding-state">
        {t('findings.states.open')}
      </StatusTag>
    );
  }
  const how = finding.resolution ? t(`findings.resolutions.${finding.resolution}`, { defaultValue: finding.resolution }) : '';
  const who = (finding.resolvedBy ?? '').replace(/^staff:/, '');
  return (
    <Space direction="vertical" size={2}>
      <StatusTag color="green" data-testid="finding-state">
        {t('findings.states.resolved')}
      </StatusTag>
      <Typography.Text data-testid="finding-resolution">
        {finding.resolution === 'resolved_by_person' ? t('findings.resolvedBy', { how, who, at: jst(finding.resolvedAt) }) : t('findings.resolvedAuto', { how, at: jst(finding.resolvedAt) })}
      </Typography.Text>
      {finding.resolutionNote && <Typography.Text data-testid="finding-note">{t('findings.resolutionNote', { note: finding.resolutionNote })}</Typography.Text>}
    </Space>
  );
}

/** A person resolves an open finding, saying what was done or why it is accepted (the note is required, 1–1000 characters). */
export function ResolveFinding({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (finding.state !== 'open' || !can(...FINDING_RESOLVERS)) return null;
  return (
    <ActionModal<{ note: string }>
      label={t('findings.resolve')}
      title={t('findings.resolveTitle')}
      submitLabel={t('findings.resolveSubmit')}
      send={(values) => reconciler.post(`findings/${finding.findingId}/resolve`, { note: values.note.trim() })}
      doneMessage={() => t('findings.resolved')}
      invalidates={[['findings']]}
    >
      <Form.Item name="note" label={t('findings.note')} extra={t('findings.noteHelp')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </ActionModal>
  );
}
