import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@congdoan/domain';
import { entityTypeLabel } from './audit-labels';

/** What an entry is about; units link to their page. */
export function AuditEntityCell({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const label = entry.entityId
    ? `${entityTypeLabel(t, entry.entityType)} #${entry.entityId}`
    : entityTypeLabel(t, entry.entityType);
  if (entry.entityType === 'org_units' && entry.entityId) return <Link to={`/units/${entry.entityId}`}>{label}</Link>;
  return <span title={entry.entityType}>{label}</span>;
}
