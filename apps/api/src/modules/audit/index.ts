// What other modules may use from audit; anything else in this folder is private to it.
export { selectAudit } from './audit.queries';
