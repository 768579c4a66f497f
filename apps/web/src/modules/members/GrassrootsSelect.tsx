import { useState } from 'react';
import { Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../ui/use-debounced';
import { fetchTransferTargets } from './members.api';

interface Props {
  value?: number;
  onChange?: (value: number) => void;
  /** Only unions where the user may admit members; otherwise every open union in the country. */
  mine?: boolean;
  /** A union not to offer (the member's own, in a transfer). */
  exclude?: number | undefined;
  id?: string;
  'data-testid'?: string;
}

/**
 * Pick an open grassroots union by typing part of its name (without diacritics) or code, as you
 * type; each option shows its path (province › commune union) to tell same-named unions apart.
 * Works inside Form.Item.
 */
export function GrassrootsSelect({ value, onChange, mine = false, exclude, id, ...rest }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const units = useQuery({
    queryKey: ['members', 'grassroots', mine, q],
    queryFn: () => fetchTransferTargets(q, mine),
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={units.isFetching}
      placeholder={t('members.transfers.searchUnit')}
      aria-label={t('members.transfers.searchUnit')}
      optionLabelProp="name"
      options={(units.data?.items ?? [])
        .filter((u) => u.id !== exclude)
        .map((u) => ({
          value: u.id,
          name: u.name,
          label: (
            <div data-testid="unit-picker-option">
              <div>{u.name}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                {[u.code, u.ancestors.join(' › ')].join(' · ')}
              </Typography.Text>
            </div>
          ),
        }))}
      data-testid={rest['data-testid'] ?? 'grassroots-select'}
    />
  );
}
