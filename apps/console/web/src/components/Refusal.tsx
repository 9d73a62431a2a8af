import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors';

/** A refused action, in Japanese, where it was asked (inside its form): nothing was changed. */
export function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { title, lines } = describeError(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={`${t('errors.title')}: ${title}`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}
