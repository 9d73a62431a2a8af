import { useQuery } from '@tanstack/react-query';
import { Card, Col, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { core } from '../api';
import { yen } from '../format';
import type { LimitUsageV2 } from '../types';
import { Refusal } from './Refusal';

/** One gauge per limit of the case's policy: per accident and per period (expense sublimit, liability, deductible, condolence). */
export function LimitGauges({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const usage = useQuery({ queryKey: ['case', caseId, 'limit-usage'], queryFn: () => core.get<LimitUsageV2>(`cases/${caseId}/limit-usage`) });
  if (usage.isError) return <Refusal error={usage.error} />;
  return (
    <Card title={t('money.gauges')} size="small" loading={usage.isPending}>
      <Row gutter={[24, 16]}>
        {usage.data?.limits.map((limit) => {
          const percent = limit.cap === 0 ? 0 : Math.min(100, Math.floor((limit.used * 100) / limit.cap));
          const show = (v: number) => (limit.unit === 'yen' ? yen(v) : `${v}`);
          return (
            <Col key={limit.limit} xs={24} md={12} xl={8} data-testid={`gauge-${limit.limit}`} data-used={limit.used}>
              <Typography.Text strong id={`gauge-label-${limit.limit}`}>
                {t(`money.limits.${limit.limit}`, { defaultValue: limit.limit })}
              </Typography.Text>
              <Progress percent={percent} status={percent >= 100 ? 'exception' : 'normal'} aria-labelledby={`gauge-label-${limit.limit}`} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('money.usedOf', { used: show(limit.used), cap: show(limit.cap) })}・{t('money.remaining', { remaining: show(limit.remaining) })}
              </Typography.Text>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
