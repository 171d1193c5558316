/**
 * Stand-ins for the Gmail and Outlook pages: the saved compose markup in a page whose own
 * script acts on sends the way the site does, logging each one in window.__sends. Used by the
 * end-to-end tests and by `npm run demo`.
 */
import { fixtureHtml } from '../fixtures/dom/load-fixture';

const PAGE_CSS = {
  gmail: `
    body { margin: 0; font: 14px/1.4 Arial, Helvetica, sans-serif; background: #f6f8fc; color: #1f1f1f; }
    .shell { padding: 24px 32px; color: #444; } .shell h1 { font: 22px "Google Sans", Arial, sans-serif; margin: 0 0 12px; }
    img, .Ar.As, .J-M, #sbddm, .eJ, .aoI button, input[placeholder="Search emojis"] { display: none !important; }
    .nH.Hd { position: fixed; right: 32px; bottom: 0; width: 600px; background: #fff; border-radius: 10px 10px 0 0;
      box-shadow: 0 8px 10px 1px rgba(0,0,0,.14), 0 3px 14px 2px rgba(0,0,0,.12), 0 5px 5px -3px rgba(0,0,0,.2); overflow: hidden; }
    .aCk, .cf.Ht { width: 100%; } .Hp h2 { margin: 0; padding: 10px 16px; background: #f2f6fc; font-size: 14px; font-weight: 500; }
    .a3I { display: none; } table { border-collapse: collapse; width: 100%; } td { padding: 0; vertical-align: top; }
    textarea, input[name="subjectbox"] { width: 100%; border: 0; border-bottom: 1px solid #eceff1; padding: 8px 0; font: inherit; resize: none; outline: none; }
    .aoD { padding: 0 16px; } .Ap { padding: 0 16px; }
    [g_editable] { min-height: 240px !important; padding: 12px 0; outline: none; }
    .aDh { padding: 8px 16px 14px; } .btC td { width: auto; }
    .T-I.aoO { display: inline-block; background: #0b57d0; color: #fff; border-radius: 18px 0 0 18px; padding: 9px 22px; font-weight: 500; cursor: pointer; }
    .T-I.hG { display: inline-block; background: #0b57d0; width: 26px; height: 36px; vertical-align: top; border-radius: 0 18px 18px 0; border-left: 1px solid #4a80e0; cursor: pointer; }
    .oc, .a8X, .aoI table.IZ td:not(.gU), .ajR { display: none; }
    .gmail_quote, .gmail_signature { color: #5f6368; } blockquote { margin: 0 0 0 .8ex; border-left: 1px solid #ccc; padding-left: 1ex; }
    #sent-log { position: fixed; left: 32px; bottom: 16px; color: #188038; font-weight: bold; }`,
  outlook: `
    body { margin: 0; font: 14px/1.4 "Segoe UI", Arial, sans-serif; background: #f5f5f5; color: #242424; }
    #app { position: absolute; inset: 0 0 0 320px; background: #fff; border-left: 1px solid #e0e0e0; }
    .shell { position: absolute; left: 0; top: 0; width: 320px; padding: 20px; box-sizing: border-box; color: #444; }
    .shell h1 { font-size: 20px; margin: 0 0 12px; }
    [role="main"] { padding: 16px 24px; } [role="toolbar"] { display: flex; gap: 8px; align-items: center; padding-bottom: 12px; border-bottom: 1px solid #eee; }
    .ms-OverflowSet-item button { font: inherit; border: 1px solid #d1d1d1; background: #fff; border-radius: 4px; padding: 5px 12px; cursor: pointer; }
    .ms-SplitButton { display: inline-flex; } .ms-SplitButton button { height: 32px; }
    i[data-icon-name="ChevronDown"]::before { content: "▾"; font-style: normal; } i[data-icon-name="Attach"]::before { content: "Attach"; font-style: normal; } .ms-SplitButton button.ms-Button--primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
    .ms-SplitButton button:first-child { border-radius: 4px 0 0 4px; padding: 5px 18px; } .ms-SplitButton button + button { border-radius: 0 4px 4px 0; width: 26px; border-left: 1px solid #6ea2dc; }
    .pBKjV { display: flex; gap: 8px; border-bottom: 1px solid #eee; padding: 6px 0; } .pBKjV button { border: 0; background: none; padding: 0 6px; }
    .wellItemsContainer { flex: 1; outline: none; } .ms-TextField-field { width: 100%; border: 0; border-bottom: 1px solid #eee; padding: 10px 0; font: inherit; outline: none; }
    #editorParent_1 { min-height: 260px; padding: 14px 0; outline: none; }
    #Signature { color: #616161; margin-top: 16px; } #divRplyFwdMsg, .BodyFragment { color: #616161; }
    #sent-log { position: fixed; left: 20px; bottom: 16px; color: #107c10; font-weight: bold; }`,
};

/**
 * A fixture page with the site's send behaviour: Gmail acts on mouseup after a mousedown on Send
 * and on Ctrl+Enter in the compose; Outlook's Send is a button acting on click; both act on
 * Enter or Space on a focused Send. Every send is logged in window.__sends.
 */
export function sitePage(
  site: 'gmail' | 'outlook',
  fixture: string,
  edit: (html: string) => string = (h) => h,
): string {
  const script = `
    window.__sends = [];
    const log = document.getElementById('sent-log');
    const body = () => document.querySelector('${site === 'gmail' ? '[g_editable]' : '#editorParent_1'}');
    const sendButton = () => document.querySelector('${site === 'gmail' ? '[jslog^="32601"], [role=button][aria-label^=Send]' : '[data-testid=ComposeSendButton]'}');
    function record(via) {
      window.__sends.push({ via, text: body() ? body().innerText : null });
      log.textContent = 'Sent (' + window.__sends.length + ')';
    }
    window.__options = 0;
    ${
      site === 'gmail'
        ? `let pressed = null;
    // Send, and Send & Archive when the fixture has it (':9q'), act on mouseup after a mousedown on them.
    const sendAt = (e) => e.target.closest && e.target.closest('[jslog^="32601"], [id=":9q"]');
    document.addEventListener('mousedown', (e) => { pressed = sendAt(e); });
    document.addEventListener('mouseup', (e) => { if (pressed && sendAt(e) === pressed) record(pressed.id === ':9q' ? 'archive' : 'click'); pressed = null; });`
        : `// Send is the test-id button (Fluent v8) or the split button's primary half (Fluent v9); its other half opens the options.
    document.addEventListener('click', (e) => {
      if (!e.target.closest) return;
      if (e.target.closest('button[data-testid=ComposeSendButton], [data-testid=ComposeSendButton] .fui-SplitButton__primaryActionButton')) record('click');
      else if (e.target.closest('[aria-label="More send options"]')) window.__options++;
    });
    document.addEventListener('keydown', (e) => {
      if (e.altKey && e.code === 'KeyS' && body() && body().closest('[data-app-section]').contains(e.target)) record('alt-s');
    });`
    }
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && body() && body().closest('${site === 'gmail' ? '[role=region]' : '[data-app-section]'}').contains(e.target)) return record('shortcut');
      ${site === 'gmail' ? `if ((e.key === 'Enter' || e.key === ' ') && e.target === sendButton()) record('key');` : ''}
    });
    document.addEventListener('pointerover', (e) => { if (e.target.closest && e.target.closest('[jslog^="32601"], [data-testid=ComposeSendButton]')) window.__overAt = performance.now(); }, true);
  `;
  const title = site === 'gmail' ? 'Inbox - ana@example.com - Gmail' : 'Mail - Ana Ruiz - Outlook';
  const shell = '<div class="shell"><h1>Inbox</h1><p>Checkout plan — Dev Patel</p></div>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${PAGE_CSS[site]}</style></head>
<body>${shell}${edit(fixtureHtml(fixture))}<div id="sent-log"></div><script>${script}</script></body></html>`;
}
