import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Modal, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../errors';
import { Refusal } from './Refusal';

/** A short, stable fingerprint of the form's values (FNV-1a over their JSON): not a secret, only a difference. */
function fingerprint(values: object): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(values)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

/**
 * A button that opens a form and sends it to the hub: on success the modal closes and what it changed is refetched;
 * on a refusal the modal stays open with the API's reason in Japanese, and nothing has changed.
 */
export function ActionModal<V extends object>({
  label,
  title,
  danger,
  primary,
  children,
  submitLabel,
  send,
  doneMessage,
  invalidates,
  initialValues,
}: {
  label: string;
  title: string;
  danger?: boolean;
  primary?: boolean;
  children: ReactNode;
  submitLabel: string;
  /** Sends the form; `idempotencyKey` is the same for the same form opened once with the same values. */
  send: (values: V, idempotencyKey: string) => Promise<unknown>;
  doneMessage: (values: V) => string;
  invalidates: unknown[][];
  initialValues?: Partial<V>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // A new nonce each time the form opens: a double click or a retry of the same values is one action, not two,
  // while values changed after a refusal are a new request (the same key with another body would be refused).
  const [nonce, setNonce] = useState(() => crypto.randomUUID());
  const [form] = Form.useForm<V>();
  const client = useQueryClient();
  const notify = useNotify();
  const mutation = useMutation({
    mutationFn: (values: V) => send(values, `${nonce}-${fingerprint(values)}`),
    onSuccess: (_result, values) => {
      setOpen(false);
      form.resetFields();
      notify.done(doneMessage(values));
      for (const key of invalidates) void client.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <>
      <Button
        danger={danger}
        type={primary ? 'primary' : 'default'}
        onClick={() => {
          mutation.reset();
          setNonce(crypto.randomUUID());
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Modal title={title} open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => mutation.mutate(values)}>
          {children}
          {mutation.isError && <Refusal error={mutation.error} />}
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" danger={danger} htmlType="submit" loading={mutation.isPending}>
              {submitLabel}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('app.cancel')}</Button>
          </Space>
        </Form>
      </Modal>
    </>
  );
}
