import { Button, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { membershipStatuses } from '@congdoan/domain';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { SearchBox } from '../../ui/SearchBox';

export type Filters = {
  q: string;
  unit?: number | undefined;
  status: string;
  gender?: string | undefined;
  age?: string | undefined;
  admittedYear?: number | undefined;
  card?: string | undefined;
  sector?: string | undefined;
};

export const ageBands = ['18-30', '31-40', '41-50', '51-60', '61-120'];

interface Props {
  value: Filters;
  onChange: (next: Partial<Filters>) => void;
  onReset: () => void;
}

/** One search box (name, CCCD, phone, card) and the list filters. */
export function MemberFilters({ value, onChange, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <SearchBox
        value={value.q}
        placeholder={t('members.searchPlaceholder')}
        onSearch={(q) => onChange({ q })}
        style={{ width: 340 }}
        data-testid="members-search"
      />
      <div style={{ width: 260 }}>
        <UnitTreeSelect value={value.unit} onChange={(unit) => onChange({ unit })} />
      </div>
      <Select
        value={value.status}
        aria-label={t('members.fields.status')}
        style={{ width: 170 }}
        onChange={(status) => onChange({ status })}
        options={[...membershipStatuses, 'all'].map((s) => ({ value: s, label: t(`members.status.${s}`) }))}
        data-testid="members-status"
      />
      <Select
        allowClear
        value={value.gender}
        placeholder={t('members.fields.gender')}
        aria-label={t('members.fields.gender')}
        style={{ width: 110 }}
        onChange={(gender?: string) => onChange({ gender })}
        options={['female', 'male'].map((g) => ({ value: g, label: t(`members.gender.${g}`) }))}
      />
      <Select
        allowClear
        value={value.age}
        placeholder={t('members.filters.age')}
        aria-label={t('members.filters.age')}
        style={{ width: 120 }}
        onChange={(age?: string) => onChange({ age })}
        options={ageBands.map((b) => ({ value: b, label: b === '61-120' ? '> 60' : b }))}
      />
      <Select
        allowClear
        value={value.sector}
        placeholder={t('members.filters.sector')}
        aria-label={t('members.filters.sector')}
        style={{ width: 170 }}
        onChange={(sector?: string) => onChange({ sector })}
        options={['enterprise', 'public_unit', 'nghiep_doan'].map((s) => ({
          value: s,
          label: t(`members.sector.${s}`),
        }))}
      />
      <InputNumber
        value={value.admittedYear}
        placeholder={t('members.filters.admittedYear')}
        aria-label={t('members.filters.admittedYear')}
        min={1950}
        max={2100}
        style={{ width: 150 }}
        onChange={(y) => onChange({ admittedYear: y ?? undefined })}
      />
      <Select
        allowClear
        value={value.card}
        placeholder={t('members.filters.card')}
        aria-label={t('members.filters.card')}
        style={{ width: 150 }}
        onChange={(card?: string) => onChange({ card })}
        options={['issued', 'none'].map((c) => ({ value: c, label: t(`members.filters.card_${c}`) }))}
      />
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </Flex>
  );
}
