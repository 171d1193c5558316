import { defineContentScript } from '#imports';
import '../../components/finding-highlight.css';
import { startMailContent } from '../../components/mail-content';
import { matchesFor } from '../../lib/sites';
import { gmail } from '../../lib/sites/gmail';

export default defineContentScript({
  matches: matchesFor('gmail'),
  // Our capture listeners must be on window before Gmail registers any of its own.
  runAt: 'document_start',
  main: (ctx) => startMailContent(ctx, gmail),
});
