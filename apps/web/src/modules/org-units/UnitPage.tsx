import { Alert, Flex, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { errorText } from '../../api/client';
import { NotFoundPage } from '../../app/NotFoundPage';
import { fetchUnit, orgKeys } from './org-units.api';
import { UnitChildren } from './UnitChildren';
import { UnitDetails } from './UnitDetails';
import { UnitHistory } from './UnitHistory';

export function UnitPage() {
  const params = useParams();
  const id = Number(params.id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const unit = useQuery({ queryKey: orgKeys.unit(id), queryFn: () => fetchUnit(id), enabled: valid });

  if (!valid) return <NotFoundPage />;
  if (unit.isPending) return <Skeleton active />;
  if (unit.isError) return <Alert type="error" showIcon title={errorText(unit.error)} />;

  return (
    <Flex vertical gap={16}>
      <UnitDetails unit={unit.data} />
      {unit.data.childCount > 0 && <UnitChildren unitId={unit.data.id} />}
      <UnitHistory unitId={unit.data.id} />
    </Flex>
  );
}
