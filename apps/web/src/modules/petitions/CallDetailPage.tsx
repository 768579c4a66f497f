import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { formatDateTimeVN, type CallTarget } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { fetchCall, petitionKeys, reopenCall, submitToCall, type PetitionFields as Fields } from './petitions.api';
import { PetitionFields, petitionDefaults, toPetitionBody } from './PetitionFields';
import { PetitionNav } from './PetitionNav';
import { PetitionsTable } from './PetitionsTable';
import { fetchPetitions } from './petitions.api';

const stateColor: Record<string, string> = { submitted: 'green', none: 'blue', pending: 'default', late: 'red' };

type SubmitValues = { unitId: number; none: boolean; petitions: Fields[] };

export function CallDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const call = useQuery({ queryKey: petitionKeys.call(id), queryFn: () => fetchCall(id) });
  const petitions = useQuery({
    queryKey: petitionKeys.list({ callId: id, view: 'originals' }),
    queryFn: () => fetchPetitions({ callId: id, view: 'originals', pageSize: 200 }),
  });
  const [deadline, setDeadline] = useState<Dayjs | null>(null);
  const [form] = Form.useForm<SubmitValues>();
  const none = Form.useWatch('none', form) as boolean | undefined;
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: petitionKeys.all });
  };
  const submit = useMutation({
    mutationFn: (v: SubmitValues) =>
      submitToCall(id, {
        unitId: v.unitId,
        none: !!v.none,
        petitions: v.none ? [] : (v.petitions ?? []).map((p) => toPetitionBody(p) as Fields),
      }),
    onSuccess: () => {
      done();
      form.resetFields();
      void message.success(t('petitions.calls.submitted'));
    },
  });
  const reopen = useMutation({
    mutationFn: () => reopenCall(id, deadline!.toISOString()),
    onSuccess: done,
    onError: (e) => void message.error(errorText(e)),
  });
  if (call.isPending) return <FullPageSpinner />;
  if (call.isError) return <Alert type="error" showIcon title={errorText(call.error)} />;
  const c = call.data;
  return (
    <Card>
      <PetitionNav />
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="call-heading">
        {c.title}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'u', label: t('petitions.calls.unit'), children: c.unitName },
          {
            key: 'd',
            label: t('petitions.fields.deadline'),
            children: (
              <Space>
                {formatDateTimeVN(c.deadline)}
                <Tag color={c.open ? 'green' : 'default'} data-testid="call-open">
                  {t(c.open ? 'petitions.calls.open' : 'petitions.calls.closed')}
                </Tag>
              </Space>
            ),
          },
          {
            key: 'p',
            label: t('petitions.fields.status'),
            children: t('petitions.calls.progress', { submitted: c.submittedCount, total: c.targetCount }),
          },
          { key: 'n', label: t('petitions.calls.description'), children: c.description ?? '—' },
        ]}
      />
      {c.canManage && (
        <Flex gap={8} style={{ marginTop: 12 }}>
          <DatePicker
            showTime
            format="DD/MM/YYYY HH:mm"
            value={deadline}
            onChange={setDeadline}
            placeholder={t('petitions.calls.newDeadline')}
            aria-label={t('petitions.calls.newDeadline')}
            data-testid="call-reopen-deadline"
          />
          <Button
            disabled={!deadline}
            loading={reopen.isPending}
            onClick={() => reopen.mutate()}
            data-testid="call-reopen"
          >
            {t('petitions.calls.reopen')}
          </Button>
        </Flex>
      )}
      <Table<CallTarget>
        style={{ marginTop: 16 }}
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={c.targets}
        data-testid="call-targets-table"
        columns={[
          { title: t('petitions.calls.submitUnit'), dataIndex: 'unitName' },
          {
            title: t('petitions.fields.status'),
            dataIndex: 'state',
            render: (s: string, r) => (
              <Tag color={stateColor[s]} data-testid={`call-state-${r.unitId}`}>
                {t(`petitions.callState.${s}`)}
              </Tag>
            ),
          },
          { title: t('petitions.reports.count'), dataIndex: 'petitionCount' },
          {
            title: t('petitions.fields.createdAt'),
            dataIndex: 'submittedAt',
            render: (v: string | null) => (v ? formatDateTimeVN(v) : '—'),
          },
        ]}
      />
      <Card size="small" title={t('petitions.calls.submitTitle')} style={{ marginTop: 16 }}>
        {submit.isError && (
          <Alert
            type="error"
            showIcon
            title={errorText(submit.error)}
            style={{ marginBottom: 16 }}
            data-testid="call-submit-error"
          />
        )}
        <Form<SubmitValues>
          form={form}
          layout="vertical"
          onFinish={(v) => submit.mutate(v)}
          initialValues={{ none: false, petitions: [petitionDefaults] }}
        >
          <Form.Item
            name="unitId"
            label={t('petitions.calls.submitUnit')}
            rules={[{ required: true, message: t('petitions.required') }]}
          >
            <Select
              data-testid="call-submit-unit"
              options={c.targets.map((x) => ({ value: x.unitId, label: x.unitName }))}
            />
          </Form.Item>
          <Form.Item name="none" valuePropName="checked">
            <Checkbox data-testid="call-submit-none">{t('petitions.calls.none')}</Checkbox>
          </Form.Item>
          {!none && (
            <Form.List name="petitions">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Card
                      size="small"
                      key={field.key}
                      style={{ marginBottom: 12 }}
                      extra={
                        <Button size="small" onClick={() => remove(field.name)}>
                          {t('petitions.calls.removePetition')}
                        </Button>
                      }
                    >
                      <PetitionFields prefix={[field.name]} listName="petitions" />
                    </Card>
                  ))}
                  <Button onClick={() => add(petitionDefaults)}>{t('petitions.calls.addPetition')}</Button>
                </>
              )}
            </Form.List>
          )}
          <Button
            type="primary"
            htmlType="submit"
            loading={submit.isPending}
            style={{ marginTop: 12 }}
            data-testid="call-submit"
          >
            {t('petitions.calls.submit')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={t('petitions.nav.petitions')} style={{ marginTop: 16 }}>
        <PetitionsTable items={petitions.data?.items} loading={petitions.isFetching} />
      </Card>
    </Card>
  );
}
