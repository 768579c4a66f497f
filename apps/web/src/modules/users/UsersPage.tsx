import { useState } from 'react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { fetchRoots, orgKeys } from '../org-units/org-units.api';
import { CreateUserModal } from './CreateUserModal';
import { GrantRoleModal } from './GrantRoleModal';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { UsersTable } from './UsersTable';
import { SearchBox } from '../../ui/SearchBox';
import { fetchUsers, userKeys } from './users.api';

const DEFAULT_PAGE_SIZE = 20;

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export function UsersPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const page = positive(searchParams.get('page'), 1);
  const pageSize = Math.min(positive(searchParams.get('pageSize'), DEFAULT_PAGE_SIZE), 200);
  const params = { page, pageSize, q };
  const users = useQuery({
    queryKey: userKeys.list(params),
    queryFn: () => fetchUsers(params),
    placeholderData: keepPreviousData,
  });
  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, staleTime: 5 * 60_000 });
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<UserSummary | null>(null);
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);

  const update = (next: { q?: string; page?: number; pageSize?: number }) => {
    const merged = { q, page, pageSize, ...next };
    const search = new URLSearchParams();
    if (merged.q) search.set('q', merged.q);
    if (merged.page > 1) search.set('page', String(merged.page));
    if (merged.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(merged.pageSize));
    setSearchParams(search, { replace: true });
  };

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('users.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <SearchBox
            value={q}
            placeholder={t('users.searchPlaceholder')}
            onSearch={(value) => update({ q: value, page: 1 })}
            style={{ width: 320 }}
            data-testid="users-search"
          />
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            {t('users.create.button')}
          </Button>
        </Flex>
      </Flex>
      {users.isError && <Alert type="error" showIcon title={errorText(users.error)} style={{ marginBottom: 16 }} />}
      <UsersTable
        data={users.data}
        loading={users.isFetching}
        page={page}
        pageSize={pageSize}
        onPage={(nextPage, nextSize) => update({ page: nextSize === pageSize ? nextPage : 1, pageSize: nextSize })}
        onGrant={setGranting}
        onReset={(user, password) => setSecret({ username: user.username, password })}
      />
      <CreateUserModal
        open={creating}
        defaultUnitId={roots.data?.[0]?.id}
        onClose={() => setCreating(false)}
        onCreated={(user, password) => {
          setCreating(false);
          setSecret({ username: user.username, password });
        }}
      />
      <GrantRoleModal user={granting} onClose={() => setGranting(null)} />
      <TemporaryPasswordModal
        open={secret !== null}
        username={secret?.username ?? ''}
        password={secret?.password ?? ''}
        onClose={() => setSecret(null)}
      />
    </Card>
  );
}
