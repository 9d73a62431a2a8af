import { App } from 'antd';
import i18n from './i18n';
import { ApiError } from './api';

/** A refusal in Japanese: what the code means, each field the API named, and the API's own words as detail. */
export function describeError(error: unknown): { title: string; lines: string[] } {
  const t = i18n.t.bind(i18n);
  if (!(error instanceof ApiError)) return { title: t('errors.unknown'), lines: [String(error)] };
  const known = t(`errors.${error.code}`, { defaultValue: '' });
  const byStatus =
    error.status === 0 ? t('errors.network') : error.status === 403 ? t('errors.forbidden') : error.status === 404 ? t('errors.not_found') : error.status === 409 ? t('errors.conflict') : error.status === 400 ? t('errors.invalid_input') : t('errors.unknown');
  return {
    title: known || byStatus,
    lines: [...error.issues.map((issue) => t('errors.field', { field: issue.field, reason: issue.reason })), t('errors.detail', { message: error.message })],
  };
}

/** Toasts for actions without a form of their own (a replay button): success, or the refusal in Japanese. */
export function useNotify() {
  const { message } = App.useApp();
  return {
    done: (text: string) => void message.success(text),
    refused: (error: unknown) => {
      const { title, lines } = describeError(error);
      void message.error({ content: `${i18n.t('errors.title')}: ${title} ${lines.join(' ')}`, duration: 10 });
    },
  };
}
