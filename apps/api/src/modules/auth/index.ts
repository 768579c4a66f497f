// What other modules may use from auth; anything else in this folder is private to it.
export { generateTemporaryPassword, hashPassword } from './password-hash';
export { loadGrants } from './sessions';
