import { guardStyles } from '../guard-styles';

/** The shared badge, list and dialog styles, plus where the Docs overlay sits on the page. */
export const DOCS_CSS = `${guardStyles}
.cs-docs .cs-indicator { position: fixed; right: 20px; bottom: 20px; z-index: 2147483645; max-width: min(520px, calc(100vw - 40px)); margin: 0; white-space: normal; }
.cs-docs .cs-docs-problem { cursor: default; color: var(--cs-error); padding: 6px 12px 6px 4px; }
.cs-docs .cs-docs-panel { right: 20px; bottom: 60px; }
.cs-docs-note { margin: 8px 0 0; color: var(--cs-muted); font-size: 12px; }
.cs-sentence { quotes: "“" "”"; }
.cs-sentence mark { background: var(--cs-warning-bg); color: inherit; font-weight: 600; border-radius: 3px; padding: 0 2px; }
`;
