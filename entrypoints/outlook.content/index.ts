import { defineContentScript } from '#imports';
import '../../components/finding-highlight.css';
import { startMailContent } from '../../components/mail-content';
import { matchesFor } from '../../lib/sites';
import { outlook } from '../../lib/sites/outlook';

export default defineContentScript({
  matches: matchesFor('outlook'),
  // Our capture listeners must be on window before Outlook registers any of its own.
  runAt: 'document_start',
  // A pop-out compose is an about:blank window that Outlook opens and fills from this tab: the
  // browser injects there only when the opener's pattern matches and this is set.
  matchAboutBlank: true,
  main: (ctx) => startMailContent(ctx, outlook),
});
