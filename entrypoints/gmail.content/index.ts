import { defineContentScript } from '#imports';
import '../../components/finding-highlight.css';
import { createGuardUi } from '../../components/guard-ui';
import { readEffectiveState, watchEffectiveState } from '../../lib/extension/effective';
import { startMailGuard } from '../../lib/guard/start-mail-guard';
import { gmail } from '../../lib/sites/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // Our capture listeners must be on window before Gmail registers any of its own.
  runAt: 'document_start',
  main(ctx) {
    const guard = startMailGuard({
      window,
      adapter: gmail,
      ui: createGuardUi(document),
      readState: readEffectiveState,
      watchState: watchEffectiveState,
    });
    ctx.onInvalidated(() => guard.dispose());
  },
});
