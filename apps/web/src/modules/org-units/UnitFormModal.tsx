import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  adminVersions,
  normaliseTaxCode,
  orgUnitKinds,
  orgUnitSubkinds,
  sectors,
  type OrgUnitDetail,
  type OrgUnitKind,
  type UpdateUnitBody,
} from '@congdoan/domain';
import { errorText } from '../../api/client';
import { createUnit, fetchAdminUnits, orgKeys, updateUnit } from './org-units.api';
import { todayDay } from '../../ui/today';

type Values = {
  code?: string;
  name: string;
  shortName?: string;
  kind: OrgUnitKind;
  subkind?: string | null;
  adminVersion?: string | null;
  provinceCode?: string | null;
  communeCode?: string | null;
  address?: string;
  phone?: string;
  email?: string;
  foundedOn?: Dayjs | null;
  sector?: string | null;
  employerName?: string;
  employerTaxCode?: string;
  employerWorkers?: number | null;
};

type Props = {
  open: boolean;
  onClose: () => void;
  parent?: OrgUnitDetail;
  unit?: OrgUnitDetail;
  onSaved: (u: OrgUnitDetail) => void;
};

const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** Create a unit under `parent`, or edit `unit`. Messages are Vietnamese; the API checks again. */
export function UnitFormModal({ open, onClose, parent, unit, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const version = Form.useWatch('adminVersion', form);
  const province = Form.useWatch('provinceCode', form);
  const provinces = useQuery({
    queryKey: orgKeys.admin(version ?? ''),
    queryFn: () => fetchAdminUnits(version!),
    enabled: !!version,
  });
  const communes = useQuery({
    queryKey: orgKeys.admin(version ?? '', province ?? ''),
    queryFn: () => fetchAdminUnits(version!, province!),
    enabled: !!version && !!province,
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name,
        shortName: blank(v.shortName),
        kind: v.kind,
        subkind: (v.subkind ?? null) as UpdateUnitBody['subkind'],
        adminVersion: (v.adminVersion ?? null) as (typeof adminVersions)[number] | null,
        provinceCode: v.provinceCode ?? null,
        communeCode: v.communeCode ?? null,
        address: blank(v.address),
        phone: blank(v.phone),
        email: blank(v.email),
        foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : null,
        ...(v.kind === 'grassroots_union'
          ? {
              sector: (v.sector ?? null) as (typeof sectors)[number] | null,
              employerName: blank(v.employerName),
              employerTaxCode: blank(v.employerTaxCode),
              employerWorkers: v.employerWorkers ?? null,
            }
          : {}),
      };
      return unit ? updateUnit(unit.id, body) : createUnit({ ...body, code: v.code!.trim(), parentId: parent!.id });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      onSaved(saved);
    },
  });
  const subkinds = (orgUnitSubkinds as Record<string, readonly string[]>)[kind ?? ''] ?? [];
  const required = (message: string) => ({ required: true, message });

  return (
    <Modal
      open={open}
      width={760}
      title={
        unit
          ? t('orgTree.form.editTitle', { name: unit.name })
          : t('orgTree.form.createTitle', { parent: parent?.name })
      }
      okText={t('orgTree.form.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => mutation.reset()}
      destroyOnHidden
    >
      {mutation.isError && (
        <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => mutation.mutate(v)}
        initialValues={
          unit
            ? {
                ...unit,
                shortName: unit.shortName ?? undefined,
                foundedOn: unit.foundedOn ? dayjs(unit.foundedOn) : null,
              }
            : { kind: 'grassroots_union', foundedOn: todayDay() }
        }
      >
        <Row gutter={12}>
          {!unit && (
            <Col span={8}>
              <Form.Item
                name="code"
                label={t('orgUnits.fields.code')}
                rules={[
                  required(t('orgTree.form.codeRequired')),
                  { pattern: /^[A-Za-z0-9-]{2,40}$/, message: t('orgTree.form.codePattern') },
                ]}
              >
                <Input data-testid="unit-form-code" />
              </Form.Item>
            </Col>
          )}
          <Col span={unit ? 16 : 16}>
            <Form.Item name="name" label={t('orgUnits.fields.name')} rules={[required(t('orgTree.form.nameRequired'))]}>
              <Input data-testid="unit-form-name" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="shortName" label={t('orgUnits.fields.shortName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('orgUnits.fields.kind')} rules={[required(t('orgTree.form.kindRequired'))]}>
              <Select
                options={orgUnitKinds
                  .filter((k) => k !== 'confederation')
                  .map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
                onChange={() => form.setFieldValue('subkind', null)}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="subkind" label={t('orgUnits.fields.subkind')}>
              <Select
                allowClear
                disabled={subkinds.length === 0}
                options={subkinds.map((s) => ({ value: s, label: t(`orgTree.subkinds.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="foundedOn" label={t('orgTree.fields.foundedOn')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="adminVersion" label={t('orgTree.fields.adminVersion')}>
              <Select
                allowClear
                options={adminVersions.map((v) => ({ value: v, label: t(`orgTree.versions.${v}`) }))}
                onChange={() => form.setFieldsValue({ provinceCode: null, communeCode: null })}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="provinceCode" label={t('orgTree.fields.province')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!version}
                placeholder={!version ? t('orgTree.form.versionRequired') : undefined}
                options={(provinces.data ?? []).map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` }))}
                onChange={() => form.setFieldValue('communeCode', null)}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="communeCode" label={t('orgTree.fields.commune')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!province}
                options={(communes.data ?? []).map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="address" label={t('orgTree.fields.address')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="phone"
              label={t('orgTree.fields.phone')}
              rules={[{ pattern: /^[0-9+ ().-]{8,20}$/, message: t('orgTree.form.phoneInvalid') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="email"
              label={t('orgTree.fields.email')}
              rules={[{ type: 'email', message: t('orgTree.form.emailInvalid') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          {kind === 'grassroots_union' && (
            <>
              <Col span={8}>
                <Form.Item name="sector" label={t('orgTree.fields.sector')}>
                  <Select allowClear options={sectors.map((s) => ({ value: s, label: t(`orgTree.sectors.${s}`) }))} />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name="employerName" label={t('orgTree.fields.employerName')}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="employerTaxCode"
                  label={t('orgTree.fields.employerTaxCode')}
                  rules={[
                    {
                      validator: async (_, value: string | undefined) => {
                        if (value && value.trim() && !normaliseTaxCode(value))
                          throw new Error(t('orgTree.form.taxCodeInvalid'));
                      },
                    },
                  ]}
                >
                  <Input data-testid="unit-form-tax" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="employerWorkers" label={t('orgTree.fields.employerWorkers')}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
