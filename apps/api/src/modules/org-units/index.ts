// What other modules may use from org-units; anything else in this folder is private to it.
export { getUnit } from './get-unit';
