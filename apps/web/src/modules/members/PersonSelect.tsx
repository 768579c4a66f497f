import { useState, type CSSProperties } from 'react';
import { Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../ui/use-debounced';
import { fetchMembers } from './members.api';
import { personDetails } from './person-label';

interface Props {
  value?: number | undefined;
  onChange?: (personId: number | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

/**
 * The one person picker: searches members as you type (name without diacritics, CCCD, phone, card —
 * the member list's search), each option with birth year, grassroots union and, for actors who may
 * read it, the last 3 CCCD digits. Works inside Form.Item.
 */
export function PersonSelect({ value, onChange, placeholder, style, id, ...rest }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const members = useQuery({
    queryKey: ['members', 'pick', q],
    queryFn: () => fetchMembers({ q, page: 1, pageSize: 20 }),
    enabled: q.length >= 2,
  });
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={(v?: number) => onChange?.(v)}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={members.isFetching}
      placeholder={placeholder ?? t('members.pickPerson')}
      style={style}
      optionLabelProp="name"
      notFoundContent={q.length >= 2 && !members.isFetching ? t('members.noPerson') : null}
      options={(members.data?.items ?? []).map((m) => ({
        value: m.id,
        name: m.fullName,
        label: (
          <div data-testid="person-option">
            <div>{m.fullName}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
              {personDetails(m, t('members.fields.cccd'))}
            </Typography.Text>
          </div>
        ),
      }))}
      data-testid={rest['data-testid']}
    />
  );
}
