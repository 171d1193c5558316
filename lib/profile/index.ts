export * from './schema';
export * from './parse';
export { exampleProfile } from './example';
