import type { TFunction } from 'i18next';
import i18n from '../../app/i18n';

const OPS = ['insert', 'update', 'delete'];

/** A readable name for an audit action; unknown actions show their code. */
export function actionLabel(t: TFunction, action: string): string {
  if (i18n.exists(`audit.actions.${action}`)) return t(`audit.actions.${action}`);
  // Row triggers without an explicit action write "<table>.<insert|update|delete>".
  const dot = action.lastIndexOf('.');
  const table = action.slice(0, dot);
  const op = action.slice(dot + 1);
  if (dot > 0 && OPS.includes(op) && i18n.exists(`audit.entityTypes.${table}`)) {
    return t('audit.rowChange', { op: t(`audit.ops.${op}`), entity: t(`audit.entityTypes.${table}`) });
  }
  return action;
}

/** A readable name for the table an audit row is about. */
export function entityTypeLabel(t: TFunction, entityType: string): string {
  return i18n.exists(`audit.entityTypes.${entityType}`) ? t(`audit.entityTypes.${entityType}`) : entityType;
}

export const knownEntityTypes = ['org_units', 'app_users', 'role_grants'];
