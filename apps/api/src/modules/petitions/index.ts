// What other modules may use from petitions; anything else in this folder is private to it.
export { setStatus } from './petitions.queries';
