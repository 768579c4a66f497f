// What other modules may use from users; anything else in this folder is private to it.
export { findManagedUser } from './users.queries';
