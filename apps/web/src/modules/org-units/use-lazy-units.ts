import { useCallback, useMemo, useState } from 'react';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgUnit } from '@congdoan/domain';
import { fetchChildren, fetchChildrenMembers, fetchRoots, orgKeys } from './org-units.api';

/**
 * The part of the org tree this person has opened so far: their roots, plus the children of every
 * node expanded (per `asOf` date). Children live in the query cache, so invalidating `orgKeys.all`
 * after a reorganisation refreshes every open node.
 */
export function useLazyUnits(asOf?: string) {
  const queryClient = useQueryClient();
  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, staleTime: 5 * 60_000 });
  // Nodes opened for one date; choosing another date starts from the roots again.
  const [state, setState] = useState<{ asOf?: string; ids: number[] }>({ ids: [] });
  const opened = useMemo(() => (state.asOf === asOf ? state.ids : []), [state, asOf]);

  const results = useQueries({
    queries: opened.map((id) => ({
      queryKey: orgKeys.children(id, asOf),
      queryFn: () => fetchChildren(id, asOf),
      staleTime: 5 * 60_000,
    })),
  });
  // Each opened node's children's subtree members, today only (the rollups hold today's figures); they
  // arrive after the children, which show at once.
  const figures = useQueries({
    queries: opened.map((id) => ({
      queryKey: orgKeys.childrenMembers(id),
      queryFn: () => fetchChildrenMembers(id),
      staleTime: 5 * 60_000,
      enabled: !asOf,
    })),
  });
  const children = useMemo(() => {
    const map: Record<number, OrgUnit[]> = {};
    opened.forEach((id, i) => {
      const data = results[i]?.data;
      const members = asOf ? undefined : figures[i]?.data;
      if (data) map[id] = members ? data.map((u) => ({ ...u, subtreeMemberCount: members.get(u.id) ?? null })) : data;
    });
    return map;
  }, [opened, results, figures, asOf]);

  const loadChildren = useCallback(
    async (id: number) => {
      await queryClient.fetchQuery({
        queryKey: orgKeys.children(id, asOf),
        queryFn: () => fetchChildren(id, asOf),
        staleTime: 5 * 60_000,
      });
      setState((previous) => {
        const ids = previous.asOf === asOf ? previous.ids : [];
        return ids.includes(id) ? previous : { asOf, ids: [...ids, id] };
      });
    },
    [queryClient, asOf],
  );

  return { roots, children, loadChildren };
}
