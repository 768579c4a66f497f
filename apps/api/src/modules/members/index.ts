// What other modules may use from members; anything else in this folder is private to it.
export { defaultCardPattern, renderCardNumber } from './card-numbers';
export { memberFilter, memberOrderBy } from './find-members';
export { mask, summaryFrom } from './member-select';
export { grassrootsUnitInScope } from './members.queries';
export { ethnicities, familyNames, given, middle, mobilePrefixes, occupations, prng, type Weighted } from './name-pool';
export { EXISTENCE_CHECKS_PER_HOUR, limitError, spendChecks } from './existence-check';
export { startTransferInTx } from './transfer-member';
export { confirmInTx, lockedTransfer } from './decide-transfer';
export { stagedPersonColumns } from './person-fields';
