import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { jst } from '../format';
import type { TimelineEntry } from '../types';

/** The case's story, newest first, in Japanese; the console refetches it whenever an entry is added (live). */
export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  return (
    <section aria-label={t('case.timeline')} data-testid="timeline">
      <Typography.Text type="secondary">{t('timeline.entries', { count: entries.length })}</Typography.Text>
      <Timeline
        style={{ marginTop: 12 }}
        items={newestFirst.map((entry) => ({
          key: entry.entryId,
          color: entry.kind === 'partner_alert' ? 'red' : entry.kind.startsWith('invoice') ? 'green' : 'blue',
          children: (
            <div data-testid="timeline-entry" data-kind={entry.kind}>
              <Typography.Text strong>{t(`timeline.kinds.${entry.kind}`, { defaultValue: entry.kind })}</Typography.Text>
              {entry.toStatus && <span>：{t(`orderStatus.${entry.toStatus}`)}</span>}
              {entry.milestone && <span>（{t(`milestones.${entry.milestone}`, { defaultValue: entry.milestone })}）</span>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {jst(entry.occurredAt)}・{t('timeline.by')} {entry.actor}
                </Typography.Text>
              </div>
              {entry.note && <div style={{ fontSize: 13 }}>{entry.note}</div>}
            </div>
          ),
        }))}
      />
    </section>
  );
}
