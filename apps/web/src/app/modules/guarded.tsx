import type { ReactNode } from 'react';
import { RequirePermission } from '../../modules/auth/RequirePermission';

/** A page shown only to users holding `permission` somewhere in the tree. */
export function guarded(permission: string, page: ReactNode): ReactNode {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}
