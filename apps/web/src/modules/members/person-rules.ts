import type { TFunction } from 'i18next';
import { isOldId, normaliseOldId, parsePartialDateVN, partialAfter } from '@congdoan/domain';
import { todayIso } from '../../ui/today';

// Checks of the person fields shared by the admission and the edit forms (the API checks them again).

/** The typed birth date as "1990-03-15" / "1990-03" / "1990", or null. */
export const typedBirth = (text: string | undefined) => (text?.trim() ? parsePartialDateVN(text) : null);

export const birthRule = (t: TFunction) => ({
  validator: async (_: unknown, value: string | undefined) => {
    if (!value?.trim()) return;
    const d = parsePartialDateVN(value);
    if (!d || d < '1900') throw new Error(t('members.admit.birthInvalid'));
    if (partialAfter(d, todayIso())) throw new Error(t('members.admit.birthFuture'));
  },
});

export const oldIdRule = (t: TFunction) => ({
  validator: async (_: unknown, value: string | undefined) => {
    if (value?.trim() && !isOldId(normaliseOldId(value).value)) throw new Error(t('members.admit.oldIdInvalid'));
  },
});
