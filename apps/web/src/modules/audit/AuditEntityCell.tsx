import { Link } from 'react-router';
import type { AuditEntry } from '@congdoan/domain';

/** What an entry is about; units link to their page. */
export function AuditEntityCell({ entry }: { entry: AuditEntry }) {
  if (entry.entityType === 'org_unit' && entry.entityId) {
    return <Link to={`/units/${entry.entityId}`}>{`${entry.entityType} #${entry.entityId}`}</Link>;
  }
  return <span>{entry.entityId ? `${entry.entityType} #${entry.entityId}` : entry.entityType}</span>;
}
