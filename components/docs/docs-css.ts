/** Layout of the Docs overlay inside its shadow root; the shared badge and dialog bring their own look. */
export const DOCS_CSS = `
.cs-docs { font: 13px/1.4 system-ui, sans-serif; color: #1f1f1f; }
.cs-docs .cs-indicator { position: fixed; right: 20px; bottom: 20px; z-index: 2; max-width: 420px; margin: 0; display: flex; gap: 8px; align-items: center;
  padding: 6px 12px; border-radius: 18px; border: 1px solid #c4c7c5; background: #fff; box-shadow: 0 1px 4px #0003; cursor: pointer; font: inherit; }
.cs-docs .cs-docs-problem { cursor: default; border-color: #b3261e; }
.cs-docs-panel { position: fixed; right: 20px; bottom: 64px; z-index: 2; width: min(420px, calc(100vw - 40px)); max-height: 60vh; overflow: auto;
  background: #fff; border: 1px solid #c4c7c5; border-radius: 12px; box-shadow: 0 4px 16px #0003; padding: 12px 16px; }
.cs-docs-panel-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.cs-docs-panel-head h2 { font-size: 15px; margin: 0; }
`;
