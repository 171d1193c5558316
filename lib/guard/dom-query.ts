/** DOM lookups shared by the site adapters, ordered from the most stable landmark to the least. */

/** One way to find a control, from the most stable landmark to the least. */
export interface Landmark {
  /** Why this landmark is trusted, for the reader and for error messages. */
  name: string;
  find(root: ParentNode): HTMLElement | null;
}

export const bySelector = (name: string, selector: string): Landmark => ({
  name,
  find: (root) => root.querySelector<HTMLElement>(selector),
});

/** The first landmark that finds something, tried in order. */
export function findByLandmarks(root: ParentNode, landmarks: readonly Landmark[]): HTMLElement | null {
  for (const landmark of landmarks) {
    const found = landmark.find(root);
    if (found) return found;
  }
  return null;
}

/** The nearest ancestor of `from` (itself included) that holds a match of `test`. */
export function closestHolding(from: Element, test: (candidate: Element) => boolean, stop?: Element): Element | null {
  for (let node: Element | null = from; node; node = node.parentElement) {
    if (test(node)) return node;
    if (node === stop) return null;
  }
  return null;
}

/**
 * Send in the languages Gmail and Outlook ship, for the last-resort landmark when no
 * language-neutral one is present. Compared with the start of a label ("Send ‪(Ctrl-Enter)‬").
 */
export const SEND_WORDS = [
  'send', 'enviar', 'senden', 'envoyer', 'invia', 'verzenden', 'wyślij', 'skicka', 'lähetä', 'odeslat',
  'odoslať', 'küldés', 'trimite', 'gönder', 'отправить', 'надіслати', 'αποστολή', 'שליחה', 'إرسال', 'kirim',
  'gửi', 'ส่ง', 'भेजें', '送信', '发送', '傳送', '보내기', 'send e-mail',
];

export function labelSaysSend(element: Element): boolean {
  const labels = [element.getAttribute('aria-label'), element.getAttribute('data-tooltip'), element.getAttribute('title'), element.textContent];
  return labels.some((label) => {
    // Any of the four can be missing; a button may carry its name in only one of them.
    const words = label?.trim().toLowerCase().replace(/[\u202a-\u202e]/g, '');
    if (!words) return false;
    return SEND_WORDS.some((word) => words === word || (words.startsWith(word) && /^[\s(]/.test(words.slice(word.length))));
  });
}
