/**
 * Styles for the warning, the findings list and the indicator. They live in a shadow root, so
 * the page's styles do not reach them and ours do not leak out; light and dark follow the system.
 */
export const guardStyles = `
:host { all: initial; }
* { box-sizing: border-box; }
.cs-root {
  --cs-bg: #ffffff; --cs-fg: #1f2328; --cs-muted: #57606a; --cs-line: #d8dee4; --cs-soft: #f6f8fa;
  --cs-accent: #3b4ccf; --cs-accent-fg: #ffffff; --cs-focus: #3b4ccf;
  --cs-error: #b42318; --cs-error-bg: #fdecea; --cs-warning: #8a5300; --cs-warning-bg: #fff4d6;
  --cs-info: #1f5fa8; --cs-info-bg: #e6f0fb; --cs-ok: #1d7a46; --cs-ok-bg: #e5f5ec;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--cs-fg);
}
@media (prefers-color-scheme: dark) {
  .cs-root {
    --cs-bg: #1e2228; --cs-fg: #e6edf3; --cs-muted: #9aa5b1; --cs-line: #3a414a; --cs-soft: #262b33;
    --cs-accent: #8d9bff; --cs-accent-fg: #10131a; --cs-focus: #8d9bff;
    --cs-error: #ff9a8f; --cs-error-bg: #3d1f1c; --cs-warning: #f2c46d; --cs-warning-bg: #3a2f16;
    --cs-info: #8cc4ff; --cs-info-bg: #182b40; --cs-ok: #7fd6a0; --cs-ok-bg: #173325;
  }
}
button { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--cs-focus); outline-offset: 2px; }

.cs-backdrop {
  position: fixed; inset: 0; z-index: 2147483646; display: flex; align-items: center; justify-content: center;
  background: rgba(15, 18, 24, 0.45); padding: 16px;
}
.cs-dialog {
  width: min(560px, 100%); max-height: min(640px, calc(100vh - 32px)); display: flex; flex-direction: column;
  background: var(--cs-bg); color: var(--cs-fg); border-radius: 12px; border: 1px solid var(--cs-line);
  box-shadow: 0 18px 48px rgba(0, 0, 0, 0.28);
}
.cs-dialog-head { display: flex; gap: 12px; align-items: center; padding: 18px 20px 4px; }
.cs-dialog-head h2 { margin: 0; font-size: 17px; line-height: 1.3; font-weight: 650; }
.cs-logo {
  flex: none; display: inline-grid; place-items: center; width: 28px; height: 28px; border-radius: 8px;
  background: var(--cs-accent); color: var(--cs-accent-fg); font-weight: 800; font-size: 15px;
}
.cs-logo-small { width: 18px; height: 18px; border-radius: 5px; font-size: 11px; }
.cs-summary { margin: 0; padding: 2px 20px 12px 60px; color: var(--cs-muted); }
.cs-scroll { overflow: auto; padding: 0 20px; border-top: 1px solid var(--cs-line); border-bottom: 1px solid var(--cs-line); }
.cs-actions { display: flex; gap: 10px; justify-content: flex-end; align-items: center; padding: 14px 20px; flex-wrap: wrap; }
.cs-blocked { margin: 0 auto 0 0; color: var(--cs-muted); font-size: 13px; }
.cs-button {
  min-width: 96px; padding: 8px 16px; border-radius: 8px; border: 1px solid var(--cs-line);
  background: var(--cs-bg); cursor: pointer; font-weight: 600;
}
.cs-button:hover { background: var(--cs-soft); }
.cs-primary { background: var(--cs-accent); color: var(--cs-accent-fg); border-color: var(--cs-accent); }
.cs-primary:hover { background: var(--cs-accent); filter: brightness(1.08); }

.cs-findings { list-style: none; margin: 0; padding: 0; }
.cs-finding { padding: 14px 0; border-bottom: 1px solid var(--cs-line); }
.cs-finding:last-child { border-bottom: 0; }
.cs-finding-head { display: flex; gap: 8px; align-items: baseline; }
.cs-message { font-weight: 600; }
.cs-badge {
  flex: none; font-size: 11px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase;
  padding: 1px 7px; border-radius: 999px; border: 1px solid currentColor;
}
.cs-badge.cs-error { color: var(--cs-error); background: var(--cs-error-bg); }
.cs-badge.cs-warning { color: var(--cs-warning); background: var(--cs-warning-bg); }
.cs-badge.cs-info { color: var(--cs-info); background: var(--cs-info-bg); }
.cs-quote {
  margin: 8px 0 0; padding: 6px 10px; background: var(--cs-soft); border-left: 3px solid var(--cs-line);
  border-radius: 0 6px 6px 0; font-style: normal;
}
.cs-error .cs-quote { border-left-color: var(--cs-error); }
.cs-warning .cs-quote { border-left-color: var(--cs-warning); }
.cs-info .cs-quote { border-left-color: var(--cs-info); }
.cs-finding .cs-thread-quote { border-left-color: var(--cs-muted); }
.cs-k.cs-who { display: block; text-transform: none; letter-spacing: 0; }
.cs-quote .cs-sentence { quotes: "“" "”"; }
.cs-quote .cs-sentence mark { background: var(--cs-warning-bg); color: inherit; font-weight: 600; border-radius: 3px; padding: 0 2px; }
.cs-via { color: var(--cs-muted); font-size: 12px; }
.cs-k { display: inline-block; min-width: 86px; color: var(--cs-muted); font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; }
.cs-entry { margin-top: 8px; }
.cs-entry-label { font-weight: 600; }
.cs-facts { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0 0 90px; }
.cs-facts div { display: flex; gap: 4px; }
.cs-facts dt { color: var(--cs-muted); }
.cs-facts dt::after { content: ":"; }
.cs-facts dd { margin: 0; }
.cs-note { margin: 4px 0 0 90px; color: var(--cs-fg); font-style: italic; }
.cs-provenance { margin: 4px 0 0 90px; color: var(--cs-muted); font-size: 12px; }
.cs-suggestion { margin: 8px 0 0; }
.cs-link { border: 0; background: none; color: var(--cs-accent); cursor: pointer; padding: 0 0 0 8px; text-decoration: underline; }

.cs-indicator {
  display: inline-flex; align-items: center; gap: 8px; padding: 3px 10px 3px 4px; border-radius: 999px;
  border: 1px solid var(--cs-line); background: var(--cs-bg); color: var(--cs-fg); cursor: pointer;
  font-size: 12px; font-weight: 600; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.14); white-space: nowrap;
}
.cs-indicator.cs-ok { color: var(--cs-ok); }
.cs-indicator.cs-problem { color: var(--cs-warning); background: var(--cs-warning-bg); border-color: var(--cs-warning); }
p.cs-problem { margin: 0 0 8px; padding: 8px 10px; border-radius: 6px; color: var(--cs-warning); background: var(--cs-warning-bg); }
.cs-count { display: inline-flex; align-items: center; gap: 4px; }
.cs-count.cs-error { color: var(--cs-error); }
.cs-count.cs-warning { color: var(--cs-warning); }
.cs-count.cs-info { color: var(--cs-info); }
.cs-dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
.cs-anchor { position: fixed; z-index: 2147483645; }
.cs-panel {
  position: fixed; z-index: 2147483645; width: min(440px, calc(100vw - 16px)); max-height: min(420px, calc(100vh - 16px));
  overflow: auto; background: var(--cs-bg); color: var(--cs-fg); border: 1px solid var(--cs-line); border-radius: 10px;
  box-shadow: 0 12px 32px rgba(0, 0, 0, 0.24); padding: 4px 16px 12px;
}
.cs-panel-head { display: flex; justify-content: space-between; align-items: center; padding: 8px 0; border-bottom: 1px solid var(--cs-line); }
.cs-panel-head h2 { margin: 0; font-size: 14px; }
.cs-empty { margin: 12px 0 0; color: var(--cs-muted); }
`;
