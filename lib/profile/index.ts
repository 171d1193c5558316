export * from './schema';
export * from './parse';
export { exampleProfile } from './example';
export { profileStaleness, STALE_AFTER_DAYS, type Staleness } from './staleness';
export { formatErrorsIn, parseProfileText, profileFormat, type ProfileFormat, type ProfileSource } from './read';
