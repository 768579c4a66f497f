import { useState } from 'react';
import { App, Checkbox, Modal, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { fetchChildren, orgKeys } from '../org-units/org-units.api';
import { campaignKeys, issueCampaign } from './campaigns.api';

const levels = ['upper_union', 'grassroots_union'] as const;

/** Issue a campaign copy to chosen direct children, or to a whole level below. */
export function IssueCampaignModal(props: { open: boolean; onClose: () => void; campaignId: number; unitId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const [level, setLevel] = useState<string | undefined>();
  const children = useQuery({
    queryKey: orgKeys.children(props.unitId),
    queryFn: () => fetchChildren(props.unitId),
    enabled: props.open,
  });
  const issue = useMutation({
    mutationFn: () => issueCampaign(props.campaignId, level ? { level } : { unitIds }),
    onSuccess: (r) => {
      void message.success(t('campaigns.issue.done', { created: r.created, skipped: r.skipped }));
      void qc.invalidateQueries({ queryKey: campaignKeys.all });
      props.onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      open={props.open}
      title={t('campaigns.issue.title')}
      onCancel={props.onClose}
      onOk={() => issue.mutate()}
      okText={t('campaigns.issue.submit')}
      okButtonProps={{
        disabled: !level && unitIds.length === 0,
        loading: issue.isPending,
        'data-testid': 'issue-submit',
      }}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('campaigns.issue.children')}</Typography.Paragraph>
      <Checkbox.Group value={unitIds} onChange={(v) => setUnitIds(v)} disabled={!!level}>
        <Space direction="vertical">
          {/* closed (dissolved, merged) units cannot receive a plan; the server refuses them too */}
          {(children.data ?? [])
            .filter((u) => !u.closedOn)
            .map((u) => (
              <Checkbox key={u.id} value={u.id} data-testid={`issue-unit-${u.code}`}>
                {u.name}
              </Checkbox>
            ))}
        </Space>
      </Checkbox.Group>
      <Typography.Paragraph style={{ marginTop: 16 }}>{t('campaigns.issue.orLevel')}</Typography.Paragraph>
      <Select
        allowClear
        style={{ width: '100%' }}
        value={level}
        onChange={setLevel}
        options={levels.map((l) => ({ value: l, label: t(`unitKinds.${l}`) }))}
      />
    </Modal>
  );
}
