import { useState } from 'react';
import { Button, Flex, Form, Typography, message } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HomeApplication, HomeDetail } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { ApplicationFields } from './ApplicationFields';
import { applicationErrorFields, showHomeError } from './home-errors';
import { editHome, homeKeys } from './homes.api';

const prefill = (h: HomeDetail): HomeApplication => ({
  kind: h.kind,
  familySituation: h.familySituation,
  appliedOn: h.appliedOn,
  provinceCode: h.provinceCode,
  communeCode: h.communeCode,
  address: h.address,
  latitude: h.latitude,
  longitude: h.longitude,
});

/** Corrects a house's application (kind, family situation, date, location); the caller mounts it afresh each time. */
export function ApplicationForm({ home, onDone }: { home: HomeDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<HomeApplication>();
  const [general, setGeneral] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: HomeApplication) => editHome(home.id, v),
    onSuccess: () => {
      void message.success(t('homes.saved'));
      void qc.invalidateQueries({ queryKey: homeKeys.one(home.id) });
      void qc.invalidateQueries({ queryKey: ['welfare', 'homes'] });
      onDone();
    },
    onError: (e) => setGeneral(showHomeError(form, e, applicationErrorFields) ? null : errorText(e)),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={prefill(home)}
      onFinish={(v) => {
        setGeneral(null);
        save.mutate(v);
      }}
      data-testid="application-form"
    >
      <ApplicationFields form={form} />
      {general && (
        <Typography.Paragraph type="danger" role="alert" data-testid="application-error">
          {general}
        </Typography.Paragraph>
      )}
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="application-submit">
          {t('homes.save')}
        </Button>
        <Button onClick={onDone}>{t('homes.cancel')}</Button>
      </Flex>
    </Form>
  );
}
