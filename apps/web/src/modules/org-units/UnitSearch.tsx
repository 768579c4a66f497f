import { useState } from 'react';
import { Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { orgKeys, searchUnits } from './org-units.api';
import { UnitBadges } from './UnitBadges';
import { useDebounced } from '../../ui/use-debounced';

/** Search the tree by name or code; the server folds diacritics, so "huong hoa" finds "Hướng Hóa". */
export function UnitSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const term = useDebounced(q.trim());
  const results = useQuery({
    queryKey: orgKeys.search(term),
    queryFn: () => searchUnits(term),
    enabled: term.length >= 2,
    staleTime: 30_000,
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      value={null}
      placeholder={t('orgTree.search.placeholder')}
      aria-label={t('orgTree.search.placeholder')}
      style={{ width: '100%' }}
      loading={results.isFetching}
      notFoundContent={term.length >= 2 && !results.isFetching ? t('orgTree.search.empty') : null}
      data-testid="unit-search"
      onChange={(id: number) => {
        setQ('');
        void navigate(`/units/${id}`);
      }}
      options={(results.data ?? []).map((u) => ({
        value: u.id,
        label: (
          <div data-testid="unit-search-option">
            <div>
              {u.name}
              <UnitBadges unit={u} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {u.code}
              {u.ancestors.length ? ` · ${u.ancestors.join(' › ')}` : ''}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
