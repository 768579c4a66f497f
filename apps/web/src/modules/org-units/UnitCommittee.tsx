import { useState } from 'react';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { formatDateVN } from '@congdoan/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CommitteeTermModal } from './CommitteeTermModal';
import { fetchCommittee, orgKeys, type CommitteeTerm } from './org-units.api';

/** The unit's executive-committee terms; holders of org.write add a term or correct one. */
export function UnitCommittee({ unitId, canWrite }: { unitId: number; canWrite: boolean }) {
  const { t } = useTranslation();
  const terms = useQuery({ queryKey: orgKeys.committee(unitId), queryFn: () => fetchCommittee(unitId) });
  // 'new' for the create form, a term for the edit form
  const [editing, setEditing] = useState<CommitteeTerm | 'new' | null>(null);
  return (
    <Card
      size="small"
      title={t('orgTree.committee.title')}
      loading={terms.isPending}
      data-testid="unit-committee"
      extra={
        canWrite && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="term-add">
            {t('orgTree.committee.add')}
          </Button>
        )
      }
    >
      {terms.data?.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgTree.committee.empty')} />
      )}
      {terms.data?.map((term) => (
        <div key={term.id} style={{ marginBottom: 12 }} data-testid="committee-term">
          <Flex wrap align="center" gap={4}>
            <Typography.Text strong>{t('orgTree.committee.term', { label: term.label })}</Typography.Text>
            <Typography.Text type="secondary">
              ({formatDateVN(term.startsOn)} – {term.endsOn ? formatDateVN(term.endsOn) : t('orgTree.timeline.now')})
            </Typography.Text>
            {canWrite && (
              <Button
                size="small"
                type="link"
                icon={<EditOutlined />}
                onClick={() => setEditing(term)}
                aria-label={t('orgTree.committee.editAria', { label: term.label })}
                data-testid="term-edit"
              >
                {t('orgTree.committee.edit')}
              </Button>
            )}
          </Flex>
          <List
            size="small"
            dataSource={term.members}
            renderItem={(m) => (
              <List.Item>
                <Tag color={m.position === 'chair' ? 'red' : m.position === 'vice_chair' ? 'orange' : undefined}>
                  {t(`orgTree.positions.${m.position}`)}
                </Tag>
                <span data-testid="committee-member">{m.fullName}</span>{' '}
                <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
                  {t('orgTree.committee.from', { date: formatDateVN(m.startsOn) })}
                </Typography.Text>
              </List.Item>
            )}
          />
        </div>
      ))}
      {/* A new form per opening (keyed): a form instance kept across openings would keep the last values. */}
      <CommitteeTermModal
        key={editing === null ? 'closed' : editing === 'new' ? 'new' : editing.id}
        unitId={unitId}
        term={editing === 'new' ? undefined : (editing ?? undefined)}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Card>
  );
}
