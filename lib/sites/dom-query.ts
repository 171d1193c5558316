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
  'send',
  'enviar',
  'senden',
  'envoyer',
  'invia',
  'verzenden',
  'wyślij',
  'skicka',
  'lähetä',
  'odeslat',
  'odoslať',
  'küldés',
  'trimite',
  'gönder',
  'отправить',
  'надіслати',
  'αποστολή',
  'שליחה',
  'إرسال',
  'kirim',
  'gửi',
  'ส่ง',
  'भेजें',
  '送信',
  '发送',
  '傳送',
  '보내기',
  'send e-mail',
];

/** The words of an element's accessible name, tooltip, title and text, trimmed, lower-cased and without bidi marks. */
function labelsOf(element: Element): string[] {
  const labels = [
    element.getAttribute('aria-label'),
    element.getAttribute('data-tooltip'),
    element.getAttribute('title'),
    element.textContent,
  ];
  // Any of the four can be missing; a button may carry its name in only one of them.
  return labels
    .map(
      (label) =>
        label
          ?.trim()
          .toLowerCase()
          .replace(/[\u202a-\u202e]/g, '') ?? '',
    )
    .filter((words) => words !== '');
}

/** The part of `words` after a leading send word, or null when it does not start with one. */
function afterSendWord(words: string): string | null {
  for (const word of SEND_WORDS) if (words.startsWith(word)) return words.slice(word.length);
  return null;
}

/** Send itself: a send word, alone or followed by its shortcut in brackets ("Send (Ctrl-Enter)"). */
export function labelSaysSend(element: Element): boolean {
  return labelsOf(element).some((words) => {
    const rest = afterSendWord(words);
    return rest !== null && /^\s*(\(.*\))?$/.test(rest);
  });
}

/**
 * A send that does one more thing ("Send + archive", "Send & Archive", "Enviar y archivar"): a send
 * word joined to another action. It sends, so it is guarded, but it is never taken for Send itself.
 */
export function labelSaysSendAnd(element: Element): boolean {
  return labelsOf(element).some((words) => {
    const rest = afterSendWord(words);
    return rest !== null && /^\s*([+&]|and |y |und |et |e |en |och |ja |i )\s*\S/.test(rest);
  });
}

/** "Schedule send" in the send-options menus of both sites, in the languages they ship most. */
export const SCHEDULE_WORDS = [
  'schedule send',
  'programar envío',
  'programar o envio',
  'agendar envio',
  'senden planen',
  "planifier l'envoi",
  'programmer l’envoi',
  "programmer l'envoi",
  'pianifica invio',
  'verzenden plannen',
  'schemalägg',
  'zaplanuj wysłanie',
  'запланировать отправку',
  '送信日時を設定',
  '预定发送',
  '排定傳送時間',
];

export function labelSaysSchedule(element: Element): boolean {
  return labelsOf(element).some((words) => SCHEDULE_WORDS.some((word) => words.startsWith(word)));
}
