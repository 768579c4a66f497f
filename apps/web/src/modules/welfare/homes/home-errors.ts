import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';
import { showApiErrorOnFields } from '../../../ui/form-errors';

/**
 * Puts an API error beside its field: schema errors by their path, and the Union Home rules (which name the
 * field in words, for the message) by their code through `byCode`. False: the caller shows it in general.
 */
export function showHomeError(form: FormInstance, error: unknown, byCode: Record<string, string>): boolean {
  if (showApiErrorOnFields(form, error)) return true;
  const name = error instanceof ApiError ? byCode[error.code] : undefined;
  if (!name) return false;
  form.setFields([{ name, errors: [error instanceof Error ? error.message : String(error)] }]);
  form.scrollToField(name, { behavior: 'smooth', block: 'center', focus: true });
  return true;
}

/** The application rules' codes and the field each concerns. */
export const applicationErrorFields: Record<string, string> = {
  WELFARE_HOME_DATE_ORDER: 'appliedOn',
  WELFARE_HOME_LOCATION_INVALID: 'communeCode',
};

/** The milestone rules' codes and the field each concerns. */
export const milestoneErrorFields: Record<string, string> = {
  WELFARE_HOME_DATE_ORDER: 'doneOn',
};
