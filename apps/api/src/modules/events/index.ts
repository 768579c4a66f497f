// What other modules may use from events; anything else in this folder is private to it.
export { newTicketCode } from './ticket-token';
export { addRegistrationGuard, type NewRegistration, type RegistrationGuard } from './registration-guards';
export { addTicketWording, type TicketWording, type TicketWordingProvider } from './ticket-wording';
