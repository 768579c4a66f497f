import { useState } from 'react';
import { Alert, App, Button, Flex, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useCurrentUser } from '../auth/current-user';
import { fetchUnit, orgKeys } from './org-units.api';
import { ReorgWizard } from './ReorgWizard';
import { UnitChildren } from './UnitChildren';
import { UnitCommittee } from './UnitCommittee';
import { UnitCounts } from './UnitCounts';
import { UnitOverview } from './UnitOverview';
import { UnitDetails } from './UnitDetails';
import { UnitFormModal } from './UnitFormModal';
import { UnitHistory } from './UnitHistory';
import { UnitTimeline } from './UnitTimeline';

export function UnitPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const params = useParams();
  const me = useCurrentUser();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const unit = useQuery({ queryKey: orgKeys.unit(id), queryFn: () => fetchUnit(id), enabled: valid });
  const [dialog, setDialog] = useState<'edit' | 'create' | 'reorg' | null>(null);

  if (!valid) return <NotFoundPage />;
  if (unit.isPending) return <Skeleton active />;
  if (unit.isError) return <Alert type="error" showIcon title={errorText(unit.error)} />;
  // Write rights are checked by the API per unit; the buttons show for holders of org.write anywhere.
  const canWrite = me.permissions.includes(Permission.OrgWrite);
  const canReadReports = me.permissions.includes(Permission.ReportRead);
  const open = !unit.data.closedOn;

  return (
    <Flex vertical gap={16}>
      <UnitDetails
        unit={unit.data}
        actions={
          (canWrite || canReadReports) && (
            <>
              {canReadReports && (
                <Button onClick={() => void navigate(`/dashboard/${unit.data.id}`)} data-testid="unit-dashboard">
                  {t('orgTree.actions.dashboard')}
                </Button>
              )}
              {canWrite && (
                <>
                  <Button onClick={() => setDialog('edit')} data-testid="unit-edit">
                    {t('orgTree.actions.edit')}
                  </Button>
                  {open && (
                    <Button onClick={() => setDialog('create')} data-testid="unit-create">
                      {t('orgTree.actions.create')}
                    </Button>
                  )}
                  {open && unit.data.parentId && (
                    <Button type="primary" onClick={() => setDialog('reorg')} data-testid="unit-reorganize">
                      {t('orgTree.actions.reorganize')}
                    </Button>
                  )}
                </>
              )}
            </>
          )
        }
      />
      <UnitOverview unitId={unit.data.id} />
      <UnitCounts unitId={unit.data.id} />
      {unit.data.childCount > 0 && <UnitChildren unitId={unit.data.id} />}
      <UnitCommittee unitId={unit.data.id} canWrite={canWrite} />
      <UnitTimeline unitId={unit.data.id} canWrite={canWrite} />
      <UnitHistory unitId={unit.data.id} />
      <UnitFormModal
        open={dialog === 'edit' || dialog === 'create'}
        unit={dialog === 'edit' ? unit.data : undefined}
        parent={dialog === 'create' ? unit.data : undefined}
        onClose={() => setDialog(null)}
        onSaved={(saved) => {
          setDialog(null);
          void message.success(t('orgTree.form.saved'));
          if (saved.id !== unit.data.id) void navigate(`/units/${saved.id}`);
        }}
      />
      <ReorgWizard unit={unit.data} open={dialog === 'reorg'} onClose={() => setDialog(null)} />
    </Flex>
  );
}
