export * from './schema';
export * from './parse';
export { exampleProfile } from './example';
export { profileStaleness, STALE_AFTER_DAYS, type Staleness } from './staleness';
