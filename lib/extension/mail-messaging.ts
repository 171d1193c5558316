/**
 * Everything a mail content script says to the rest of the extension that needs validation (and so
 * zod): the state from storage, checks in the background, answers to the popup. Imported a task
 * after the content script starts (components/mail-content.ts), so building the schemas is not
 * part of the task that runs as the page opens.
 */
export { backgroundStarting, checkInBackground, holdForCompose, wakeOnIntent } from './document-check';
export { readEffectiveState, watchEffectiveState } from './effective';
export { answerTabStatus } from './tab-status';
