import type { Profile } from './profile';
import type { Finding } from './report';
import type { Mention, Span } from './topics';

/** Characters of the sentence kept on either side of a finding's words. */
const CONTEXT_CHARS = 160;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function itemName(profile: Profile, id: string): string | undefined {
  return profile.priorities.find((p) => p.id === id)?.name ?? profile.decisions.find((d) => d.id === id)?.topic;
}

/**
 * Adds to each finding what a reader needs to see why it fired without the draft in front of
 * them: its sentence around the words, and, when the sentence named the item by an alias, which
 * words matched which alias ("new app" → Mobile redesign).
 */
export function explainFindings(
  draft: string,
  findings: readonly Finding[],
  sentences: readonly Span[],
  mentions: readonly Mention[],
  profile: Profile,
): Finding[] {
  return findings.map((finding) => {
    if (finding.end <= finding.start) return finding;
    const sentence = sentences.find((s) => s.start <= finding.start && finding.end <= s.end) ?? {
      start: finding.start,
      end: finding.end,
    };
    const from = Math.max(sentence.start, finding.start - CONTEXT_CHARS);
    const to = Math.min(sentence.end, finding.end + CONTEXT_CHARS);
    const before = `${from > sentence.start ? '… ' : ''}${clean(draft.slice(from, finding.start)).trimStart()}`;
    const after = `${clean(draft.slice(finding.end, to)).trimEnd()}${to < sentence.end ? ' …' : ''}`;
    const explained: Finding = { ...finding, context: { before, after } };
    const via = finding.topic === null ? undefined : namedBy(finding, sentence, mentions);
    const name = finding.topic === null ? undefined : itemName(profile, finding.topic);
    if (via && name && via.term.trim().toLowerCase() !== name.trim().toLowerCase())
      explained.via = { words: clean(via.text), alias: via.term };
    return explained;
  });
}

/** The mention that tied the finding to its item: the nearest in its sentence, else the last one before it. */
function namedBy(finding: Finding, sentence: Span, mentions: readonly Mention[]): Mention | undefined {
  const ofItem = mentions.filter((m) => m.itemId === finding.topic && m.role === 'name');
  const inSentence = ofItem.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const distance = (m: Mention) => (m.end <= finding.start ? finding.start - m.end : m.start - finding.end);
  if (inSentence.length > 0) return [...inSentence].sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)))[0];
  return ofItem.filter((m) => m.end <= finding.start).at(-1);
}
