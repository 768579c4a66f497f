import { Alert, Card, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { auditKeys, searchAudit, type AuditSearch } from './audit.api';
import { readAuditSearch, writeAuditSearch } from './audit-search-params';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

export function AuditPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = readAuditSearch(searchParams);
  const result = useQuery({
    queryKey: auditKeys.search(search),
    queryFn: () => searchAudit(search),
    placeholderData: keepPreviousData,
  });
  const update = (next: AuditSearch) => setSearchParams(writeAuditSearch(next), { replace: true });

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <AuditFilters value={search} onSearch={(filter) => update({ ...filter, page: 1, pageSize: search.pageSize })} />
      {result.isError && <Alert type="error" showIcon title={errorText(result.error)} style={{ marginBottom: 16 }} />}
      <AuditTable
        data={result.data}
        loading={result.isFetching}
        page={search.page}
        pageSize={search.pageSize}
        onPage={(page, pageSize) => update({ ...search, page: pageSize === search.pageSize ? page : 1, pageSize })}
      />
    </Card>
  );
}
