// What other modules may use from reorganizations; anything else in this folder is private to it.
export { reorganize } from './reorganize';
