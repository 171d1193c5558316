/**
 * `npm run demo`: the built extension in Chromium on a stand-in Gmail page, checked against the
 * embedded example profile. With a display the browser stays open to try it by hand; without
 * one it prints what the warning said and saves a screenshot.
 */
import path from 'node:path';
import { launchExtension } from '../e2e/harness';
import { sitePage } from '../e2e/site-pages';
import { HAS_CONFLICTS } from './badge';

const DRAFT =
  'Team, the new app is our top priority now, so please get it out ASAP. ' +
  "We're still deciding on the payment provider, and Stripe looks like the right call.";
const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const shot = path.resolve(import.meta.dirname, '../../.output/demo.png');

const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const ext = await launchExtension({ headed }).catch((error: Error) => {
  console.error(`Consonant's demo could not start: ${error.message}`);
  process.exit(1);
});
await ext.serve(`${GMAIL_URL}**`, { body: sitePage('gmail', 'gmail-compose-new.html') });

const page = await ext.context.newPage();
await page.setViewportSize({ width: 1280, height: 860 });
await page.goto(GMAIL_URL);
await page.locator('[g_editable="true"]').click();
await page.keyboard.type(DRAFT, { delay: headed ? 15 : 0 });
await page.locator('[data-consonant] .cs-indicator').filter({ hasText: HAS_CONFLICTS }).waitFor({ timeout: 15_000 });

const send = (await page.locator('[role="button"][jslog^="32601"]').boundingBox())!;
await page.mouse.click(send.x + send.width / 2, send.y + send.height / 2);
const dialog = page.getByRole('alertdialog');
await dialog.waitFor({ timeout: 5_000 });
await page.screenshot({ path: shot });

console.log(`Draft:\n  ${DRAFT}\n\nConsonant held the send and said:\n`);
console.log((await dialog.innerText()).replace(/^/gm, '  '));
console.log(`\nScreenshot: ${shot}`);

if (headed) {
  console.log('\nThe browser stays open: press Edit or Send anyway, change the draft, or open the');
  console.log('extension options to edit the profile. Close the browser window to finish.');
  await ext.openExtensionPage('options.html');
  await page.bringToFront();
  await new Promise<void>((resolve) => ext.context.once('close', () => resolve()));
} else {
  await ext.close();
}
