import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgUnit } from '@congdoan/domain';
import { fetchChildren, fetchRoots, orgKeys } from './org-units.api';

/**
 * The part of the org tree this person has opened so far: their roots, plus the children
 * of every node expanded. Children are fetched once per node and cached by react-query.
 */
export function useLazyUnits() {
  const queryClient = useQueryClient();
  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, staleTime: 5 * 60_000 });
  const [children, setChildren] = useState<Record<number, OrgUnit[]>>({});

  const loadChildren = useCallback(
    async (id: number) => {
      const items = await queryClient.fetchQuery({
        queryKey: orgKeys.children(id),
        queryFn: () => fetchChildren(id),
        staleTime: 5 * 60_000,
      });
      setChildren((previous) => ({ ...previous, [id]: items }));
    },
    [queryClient],
  );

  return { roots, children, loadChildren };
}
