import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Modal, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../errors';
import { Refusal } from './Refusal';

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
  send: (values: V) => Promise<unknown>;
  doneMessage: (values: V) => string;
  invalidates: unknown[][];
  initialValues?: Partial<V>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<V>();
  const client = useQueryClient();
  const notify = useNotify();
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (_result, values) => {
      setOpen(false);
      form.resetFields();
      notify.done(doneMessage(values));
      for (const key of invalidates) void client.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <>
      <Button danger={danger} type={primary ? 'primary' : 'default'} onClick={() => { mutation.reset(); setOpen(true); }}>
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
