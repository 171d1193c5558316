import { defineContentScript } from '#imports';
import '../../components/finding-highlight.css';
import { createGuardUi } from '../../components/guard-ui';
import { readEffectiveState, watchEffectiveState } from '../../lib/extension/effective';
import { loadShippedModel } from '../../lib/extension/model';
import { startMailGuard } from '../../lib/guard/start-mail-guard';
import { outlook } from '../../lib/sites/outlook';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  // Our capture listeners must be on window before Outlook registers any of its own.
  runAt: 'document_start',
  main(ctx) {
    // Read while the page loads; a check before it is in uses lexicon cues alone.
    void loadShippedModel();
    const guard = startMailGuard({
      window,
      adapter: outlook,
      ui: createGuardUi(document),
      readState: readEffectiveState,
      watchState: watchEffectiveState,
    });
    ctx.onInvalidated(() => guard.dispose());
  },
});
