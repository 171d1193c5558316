/**
 * How severities order, weakest first. Apart from the report's schemas so that a content script
 * can rank findings without building zod schemas as the page opens (lib/report.ts re-exports it).
 */
export const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
