import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchTransferTargets } from './members.api';

interface Props {
  value?: number;
  onChange?: (value: number) => void;
  /** Only unions where the user may admit members. */
  mine?: boolean;
  id?: string;
}

/** Pick a grassroots union by typing part of its name or code (works inside Form.Item). */
export function GrassrootsSelect({ value, onChange, mine = false, id }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const units = useQuery({
    queryKey: ['members', 'grassroots', mine, q],
    queryFn: () => fetchTransferTargets(q, mine),
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={units.isFetching}
      placeholder={t('members.transfers.searchUnit')}
      aria-label={t('members.transfers.searchUnit')}
      options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
      data-testid="grassroots-select"
    />
  );
}
