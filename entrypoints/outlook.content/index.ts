import { defineContentScript } from '#imports';
import '../../components/finding-highlight.css';
import { createGuardUi } from '../../components/guard-ui';
import { checkInBackground } from '../../lib/extension/document-check';
import { readEffectiveState, watchEffectiveState } from '../../lib/extension/effective';
import { answerTabStatus } from '../../lib/extension/tab-status';
import { startMailGuard } from '../../lib/guard/start-mail-guard';
import { matchesFor } from '../../lib/sites';
import { outlook } from '../../lib/sites/outlook';

export default defineContentScript({
  matches: matchesFor('outlook'),
  // Our capture listeners must be on window before Outlook registers any of its own.
  runAt: 'document_start',
  // A pop-out compose is an about:blank window that Outlook opens and fills from this tab: the
  // browser injects there only when the opener's pattern matches and this is set.
  matchAboutBlank: true,
  main(ctx) {
    const guard = startMailGuard({
      window,
      adapter: outlook,
      ui: createGuardUi(document),
      readState: readEffectiveState,
      watchState: watchEffectiveState,
      // The NLP runs in the extension's background: the page loads no model and no parser.
      check: (text, _state, budgetMs, quoted) => checkInBackground(text, budgetMs, quoted ? { quoted } : {}),
      // When a compose opens: wake the background and have it read the model before the first Send.
      warmUp: () => void checkInBackground('', 50).catch(() => {}),
    });
    const unanswer = answerTabStatus(guard.status);
    ctx.onInvalidated(() => {
      unanswer();
      guard.dispose();
    });
  },
});
