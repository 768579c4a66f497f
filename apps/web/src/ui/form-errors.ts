import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

export type FieldPath = (string | number)[];

/**
 * The form fields an API error points at: `details.field` of a domain error ("cccd"), or each
 * `details.issues[].field` of a schema error ("body.person.cccd", "body.sponsors.0.name").
 * `toName` maps the API path to the form's own names (a form may flatten `person.*`).
 */
export function apiErrorFields(error: unknown, toName: (path: FieldPath) => FieldPath = (p) => p): FieldPath[] {
  if (!(error instanceof ApiError) || !error.details) return [];
  const details = error.details as { field?: unknown; issues?: { field?: unknown }[] };
  const raw = [details.field, ...(Array.isArray(details.issues) ? details.issues.map((i) => i.field) : [])];
  return raw
    .filter((f): f is string => typeof f === 'string' && f.length > 0)
    .map((f) => f.split('.').filter((part, i) => !(i === 0 && (part === 'body' || part === 'querystring'))))
    .map((parts) => toName(parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part))));
}

/**
 * Put an API error beside the field it concerns and scroll that field into view, as antd does for
 * its own rules (`scrollToFirstError`). Returns false when no field of this form matches, so the
 * caller shows the message in its general place instead.
 */
export function showApiErrorOnFields(
  form: FormInstance,
  error: unknown,
  toName?: (path: FieldPath) => FieldPath,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const names = apiErrorFields(error, toName).filter((name) => registered.has(JSON.stringify(name)));
  if (names.length === 0) return false;
  form.setFields(names.map((name) => ({ name, errors: [error.message] })));
  form.scrollToField(names[0]!, { behavior: 'smooth', block: 'center', focus: true });
  return true;
}
