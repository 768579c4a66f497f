import { Form, Select, Space, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminVersions } from '@congdoan/domain';
import { fetchAdminUnits, orgKeys } from '../org-units/org-units.api';

/**
 * The event's place as administrative units chosen by name (searchable), not typed as codes: codes are reused
 * between lists, so the list (version) is chosen first and stored with them.
 */
export function EventPlaceFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const version = Form.useWatch('placeCodeVersion', form) as string | undefined;
  const province = Form.useWatch('placeProvinceCode', form) as string | undefined;
  const provinces = useQuery({
    queryKey: orgKeys.admin(version ?? ''),
    queryFn: () => fetchAdminUnits(version!),
    enabled: !!version,
  });
  const communes = useQuery({
    queryKey: orgKeys.admin(version ?? '', province ?? ''),
    queryFn: () => fetchAdminUnits(version!, province),
    enabled: !!version && !!province,
  });
  return (
    <Space wrap>
      <Form.Item name="placeCodeVersion" label={t('orgTree.fields.adminVersion')}>
        <Select
          allowClear
          style={{ width: 220 }}
          data-testid="event-place-version"
          options={adminVersions.map((v) => ({ value: v, label: t(`orgTree.versions.${v}`) }))}
          onChange={() => form.setFieldsValue({ placeProvinceCode: null, placeCommuneCode: null })}
        />
      </Form.Item>
      <Form.Item name="placeProvinceCode" label={t('orgTree.fields.province')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          disabled={!version}
          data-testid="event-place-province"
          options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
          onChange={() => form.setFieldValue('placeCommuneCode', null)}
        />
      </Form.Item>
      <Form.Item name="placeCommuneCode" label={t('orgTree.fields.commune')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 240 }}
          disabled={!province}
          data-testid="event-place-commune"
          options={(communes.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
      </Form.Item>
    </Space>
  );
}
