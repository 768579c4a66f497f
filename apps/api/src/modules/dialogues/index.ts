// What other modules may use from dialogues; anything else in this folder is private to it.
export { demoDialogueTitle } from './dialogues-demo';
