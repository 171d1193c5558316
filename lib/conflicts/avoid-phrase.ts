import type { Profile } from '../profile';
import { normEntry, quote, report } from './helpers';
import type { Rule } from './types';

const cache = new WeakMap<Profile, RegExp[]>();

/** A phrase as a case-insensitive whole-phrase pattern, any spacing or a hyphen between words ("fire-drill"), optional plural. */
function compile(profile: Profile): RegExp[] {
  const cached = cache.get(profile);
  if (cached) return cached;
  const patterns = profile.norms.avoid.map((a) => {
    const words = a.phrase
      .trim()
      .split(/[\s-]+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`(?<![\\p{L}\\p{N}_])${words.join('[\\s-]+')}(?:s|es)?(?![\\p{L}\\p{N}_])`, 'giu');
  });
  cache.set(profile, patterns);
  return patterns;
}

export const avoidPhrase: Rule = {
  id: 'avoid-phrase',
  severity: 'warning',
  meta: {
    description: "A phrase the team's norms ask to avoid, with its suggested replacement.",
    messages: {
      avoid: {
        message: 'The team agreed to avoid {phrase}.',
        suggestion: 'Instead of {phrase}, write {instead}.',
      },
    },
  },
  check(ctx) {
    const patterns = compile(ctx.profile);
    return ctx.profile.norms.avoid.flatMap((norm, i) =>
      [...ctx.text.matchAll(patterns[i]!)].map((match) =>
        report(
          avoidPhrase,
          ctx,
          'avoid',
          {
            start: match.index,
            end: match.index + match[0].length,
            topic: null,
            entry: normEntry(ctx.profile, `avoid.${i}`, norm.phrase, `Instead: ${norm.instead}`),
          },
          { phrase: quote(norm.phrase), instead: norm.instead },
        ),
      ),
    );
  },
};
