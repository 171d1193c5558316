import { defineUnlistedScript } from '#imports';
import { extractPageText } from '../lib/sites/generic';

// Injected into the current tab by "Check this page" and the selection menu; WXT returns
// main()'s value to scripting.executeScript, so only the extracted text leaves the page.
export default defineUnlistedScript(() => extractPageText(document));
