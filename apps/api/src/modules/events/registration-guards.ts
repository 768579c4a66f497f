import type { Tx } from '../../db/tx';

/** A registration just written, before it takes its seats (in the registering transaction). */
export type NewRegistration = {
  eventId: number;
  registrationId: number;
  unitId: number;
  unitPath: string;
  personId: number | null;
  userId: number | null;
};

/**
 * A check another module adds to registration (the welfare trips take a ticket from a unit's quota). It runs
 * inside the registration's transaction, before the event's seat counters are locked; throwing an AppError
 * refuses the registration and rolls everything back. Guards ignore events that are not theirs.
 */
export type RegistrationGuard = (tx: Tx, registration: NewRegistration) => Promise<void>;

const guards: RegistrationGuard[] = [];

/** Called once by a module when it is loaded (its module.ts). */
export function addRegistrationGuard(guard: RegistrationGuard): void {
  if (!guards.includes(guard)) guards.push(guard);
}

export async function runRegistrationGuards(tx: Tx, registration: NewRegistration): Promise<void> {
  for (const guard of guards) await guard(tx, registration);
}
