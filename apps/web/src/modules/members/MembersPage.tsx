import { useState } from 'react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { SwapOutlined, UserAddOutlined, FilePdfOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, type MemberSummary } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { AdmitMemberModal } from './AdmitMemberModal';
import { showDate } from './dates';
import { MemberFilters, type Filters } from './MemberFilters';
import { MemberStatusTag } from './MemberStatusTag';
import { fetchMembers, memberKeys, type MemberListParams } from './members.api';
import { ExportButton } from '../member-import/ExportButton';
import { ResponsiveTable } from '../../ui/ResponsiveTable';

const DEFAULT_PAGE_SIZE = 20;

function positive(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/** Danh sách đoàn viên: one search box, filters, Vietnamese order, paging on the server. */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [sp, setSp] = useSearchParams();
  const [admitting, setAdmitting] = useState(false);
  const filters: Filters = {
    q: sp.get('q') ?? '',
    unit: sp.get('unit') ? Number(sp.get('unit')) : undefined,
    status: sp.get('status') ?? 'active',
    gender: sp.get('gender') ?? undefined,
    age: sp.get('age') ?? undefined,
    admittedYear: sp.get('admittedYear') ? Number(sp.get('admittedYear')) : undefined,
    card: sp.get('card') ?? undefined,
    sector: sp.get('sector') ?? undefined,
  };
  const sort = sp.get('sort') ?? 'name';
  const page = positive(sp.get('page'), 1);
  const pageSize = Math.min(positive(sp.get('pageSize'), DEFAULT_PAGE_SIZE), 200);
  const [ageFrom, ageTo] = filters.age ? filters.age.split('-').map(Number) : [undefined, undefined];
  const params: MemberListParams = {
    q: filters.q,
    unit: filters.unit,
    status: filters.status,
    gender: filters.gender,
    ageFrom,
    ageTo,
    admittedYear: filters.admittedYear,
    card: filters.card,
    sector: filters.sector,
    sort,
    page,
    pageSize,
  };
  const members = useQuery({
    queryKey: memberKeys.list(params),
    queryFn: () => fetchMembers(params),
    placeholderData: keepPreviousData,
  });

  const update = (next: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '') search.delete(k);
      else search.set(k, String(v));
    }
    if (!('page' in next)) search.delete('page');
    setSp(search, { replace: true });
  };
  const canWrite = me.permissions.includes(Permission.MemberWrite);

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('members.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Link to="/members/transfers">
            <Button icon={<SwapOutlined />} data-testid="members-transfers-link">
              {t('members.transfers.title')}
            </Button>
          </Link>
          <Link to="/members/targets">
            <Button>{t('members.targets.title')}</Button>
          </Link>
          <Link to="/members/duplicates">
            <Button>{t('members.duplicates.title')}</Button>
          </Link>
          <ExportButton filter={{ ...params, page: undefined, pageSize: undefined }} />
          {filters.unit && (
            <Button
              icon={<FilePdfOutlined />}
              href={`/api/members/card-sheet.pdf?unitId=${filters.unit}`}
              title={t('members.card.sheetHint')}
              data-testid="card-sheet-pdf"
            >
              {t('members.card.sheet')}
            </Button>
          )}
          {canWrite && (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setAdmitting(true)}
              data-testid="member-admit"
            >
              {t('members.admit.button')}
            </Button>
          )}
        </Flex>
      </Flex>
      <MemberFilters
        value={filters}
        onChange={(next) => update(next)}
        onReset={() => setSp(new URLSearchParams(), { replace: true })}
      />
      {members.isError && <Alert type="error" showIcon title={errorText(members.error)} style={{ marginBottom: 16 }} />}
      <ResponsiveTable<MemberSummary>
        rowKey="id"
        size="middle"
        loading={members.isFetching}
        dataSource={members.data?.items ?? []}
        data-testid="members-table"
        onChange={(_, __, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = s?.order ? String(s.columnKey) : 'name';
          update({ sort: s?.order === 'descend' ? `-${field}` : field === 'name' ? undefined : field });
        }}
        pagination={{
          current: page,
          pageSize,
          total: members.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          // A lower bound at national scale: "more than N"; the pager still offers the next page.
          showTotal: (total) =>
            members.data && !members.data.totalExact
              ? t('members.totalAtLeast', { total: members.data.total.toLocaleString(i18n.language) })
              : t('common.total', { total }),
          onChange: (p, size) => update({ page: size === pageSize ? p : 1, pageSize: size }),
        }}
        onRow={(m) => ({ onDoubleClick: () => void navigate(`/members/${m.id}`) })}
        columns={[
          {
            key: 'name',
            title: t('members.fields.fullName'),
            width: 180,
            sorter: true,
            sortOrder: sort === 'name' ? 'ascend' : sort === '-name' ? 'descend' : null,
            render: (_, m) => (
              <Link to={`/members/${m.id}`} data-testid="member-link">
                {m.fullName}
              </Link>
            ),
          },
          {
            key: 'gender',
            title: t('members.fields.gender'),
            width: 70,
            render: (_, m) => (m.gender ? t(`members.gender.${m.gender}`) : '—'),
          },
          {
            key: 'birthDate',
            title: t('members.fields.birthDate'),
            width: 110,
            sorter: true,
            sortOrder: sort === 'birthDate' ? 'ascend' : sort === '-birthDate' ? 'descend' : null,
            render: (_, m) => showDate(m.birthDate),
          },
          // the one column without a width: it takes what is left and wraps, so at 1440 px the card
          // number and the phone stay in view instead of behind a scroll bar
          { key: 'unit', title: t('members.fields.unit'), render: (_, m) => m.unit?.name ?? '—' },
          {
            key: 'status',
            title: t('members.fields.status'),
            width: 130,
            render: (_, m) => <MemberStatusTag status={m.status} />,
          },
          {
            key: 'admittedOn',
            title: t('members.fields.admittedOn'),
            width: 120,
            sorter: true,
            sortOrder: sort === 'admittedOn' ? 'ascend' : sort === '-admittedOn' ? 'descend' : null,
            render: (_, m) => showDate(m.admittedOn),
          },
          { key: 'card', title: t('members.fields.cardNumber'), width: 160, render: (_, m) => m.cardNumber ?? '—' },
          { key: 'phone', title: t('members.fields.phone'), width: 115, render: (_, m) => m.phone ?? '—' },
        ]}
      />
      <AdmitMemberModal
        open={admitting}
        defaultUnitId={filters.unit}
        onClose={() => setAdmitting(false)}
        onAdmitted={(id) => {
          setAdmitting(false);
          void navigate(`/members/${id}`);
        }}
      />
    </Card>
  );
}
