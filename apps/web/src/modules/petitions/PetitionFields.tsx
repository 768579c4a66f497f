import { Form, Input, InputNumber, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addresseeKinds, PETITION_CONTENT_MAX, raisedByKinds } from '@congdoan/domain';
import { fetchTopics, petitionKeys } from './petitions.api';

/** The fields of one petition, for a Form or one item of a Form.List (`prefix` = [field.name], `listName`). */
export function PetitionFields({ prefix = [], listName }: { prefix?: (string | number)[]; listName?: string }) {
  const { t } = useTranslation();
  const topics = useQuery({ queryKey: petitionKeys.topics, queryFn: fetchTopics, staleTime: 10 * 60_000 });
  const required = [{ required: true, message: t('petitions.required') }];
  const form = Form.useFormInstance();
  const raisedBy = Form.useWatch([...(listName ? [listName] : []), ...prefix, 'raisedBy'], form) as string | undefined;
  return (
    <>
      <Form.Item name={[...prefix, 'title']} label={t('petitions.fields.title')} rules={required}>
        <Input maxLength={300} data-testid="petition-title" />
      </Form.Item>
      <Form.Item name={[...prefix, 'content']} label={t('petitions.fields.content')} rules={required}>
        <Input.TextArea rows={3} maxLength={PETITION_CONTENT_MAX} showCount data-testid="petition-content" />
      </Form.Item>
      <Form.Item name={[...prefix, 'topicId']} label={t('petitions.fields.topic')} rules={required}>
        <Select
          data-testid="petition-topic"
          options={(topics.data ?? []).filter((x) => x.active).map((x) => ({ value: x.id, label: x.name }))}
        />
      </Form.Item>
      <Form.Item name={[...prefix, 'raisedBy']} label={t('petitions.fields.raisedBy')} rules={required}>
        <Select options={raisedByKinds.map((k) => ({ value: k, label: t(`petitions.raisedBy.${k}`) }))} />
      </Form.Item>
      {raisedBy === 'anonymous' ? (
        <>
          <Form.Item name={[...prefix, 'identity', 'fullName']} label={t('petitions.fields.identityName')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name={[...prefix, 'identity', 'contact']} label={t('petitions.fields.identityContact')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name={[...prefix, 'raiserName']} label={t('petitions.fields.raiserName')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name={[...prefix, 'addresseeKind']} label={t('petitions.fields.addresseeKind')} rules={required}>
        <Select options={addresseeKinds.map((k) => ({ value: k, label: t(`petitions.addressee.${k}`) }))} />
      </Form.Item>
      <Form.Item name={[...prefix, 'addresseeName']} label={t('petitions.fields.addresseeName')} rules={required}>
        <Input maxLength={300} data-testid="petition-addressee" />
      </Form.Item>
      <Form.Item name={[...prefix, 'affectedWorkers']} label={t('petitions.fields.affectedWorkers')}>
        <InputNumber min={0} max={10_000_000} style={{ width: 200 }} data-testid="petition-affected" />
      </Form.Item>
    </>
  );
}

export const petitionDefaults = { raisedBy: 'unit', addresseeKind: 'authority', affectedWorkers: 0 };

type Raw = {
  identity?: { fullName?: string; contact?: string | null } | null;
  raisedBy?: string;
  raiserName?: string | null;
};

/** Form values → API body: identity only for anonymous petitions, empty strings dropped. */
export function toPetitionBody<T extends Raw>(v: T) {
  const anonymous = v.raisedBy === 'anonymous';
  const { identity, raiserName, ...rest } = v;
  return {
    ...rest,
    raiserName: anonymous ? null : raiserName?.trim() || null,
    identity:
      anonymous && identity?.fullName?.trim()
        ? { fullName: identity.fullName.trim(), contact: identity.contact?.trim() || null }
        : null,
  };
}
