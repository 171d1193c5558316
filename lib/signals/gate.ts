/**
 * A gate in front of compromise's sweep. compromise indexes a rule by its words but lets it through
 * when any two of the words of its (a|b|c) groups occur, and its sweep then tries the rule at every
 * word of the sentence. A rule can only match where every one of its required groups has a choice
 * whose words all occur, so rules failing that are left out of the net before the sweep: the same
 * hits, found with less work ("(will|would|going to) #Adverb? (cancel|terminate)" is no longer
 * tried on every sentence that holds "will" and "to").
 */
import type nlp from 'compromise/two';

/** What a parsed match token may hold (compromise's own shape, read only). */
interface Reg {
  word?: string;
  tag?: string;
  switch?: string;
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  use?: string;
  operator?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
}
interface NetMatch {
  regs: Reg[];
  ruleIndex: number;
}
export interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
  isNet?: boolean;
}
interface Term {
  normal?: string;
  text?: string;
  implicit?: string;
  machine?: string;
  root?: string;
  switch?: string;
  alias?: string[];
  tags: Set<string>;
}

/** The key a word or tag token needs in a sentence's set, or null when it needs nothing one can index. */
function needOf(reg: Reg): string | null {
  if (reg.optional || reg.negative || reg.fuzzy || reg.use) return null;
  if (reg.tag) return `#${reg.tag}`;
  if (reg.word) return reg.word;
  if (reg.switch) return `%${reg.switch}%`;
  return null;
}

/** Each required (a|b|c) group as its choices, each choice as the keys it needs; a group with a choice that needs nothing is no gate. */
function groupsOf(regs: readonly Reg[]): string[][][] {
  const groups: string[][][] = [];
  for (const reg of regs) {
    if (reg.optional || reg.negative || reg.fuzzy || reg.operator !== 'or') continue;
    const choices: string[][] = [...(reg.fastOr ?? [])].map((word) => [word]);
    let open = false;
    for (const choice of reg.choices ?? []) {
      const needs = choice.map(needOf).filter((need): need is string => need !== null);
      if (needs.length === 0) open = true;
      choices.push(needs);
    }
    if (!open && choices.length > 0) groups.push(choices);
  }
  return groups;
}

export interface Gate {
  /** Keeps the rules whose every required group can be met by what `doc` holds. */
  netFor(doc: ReturnType<typeof nlp>): Net;
}

export function gateFor(net: Net): Gate {
  const matches = new Map<number, NetMatch>();
  for (const list of [...Object.values(net.hooks), net.always])
    for (const match of list) matches.set(match.ruleIndex, match);
  const groups = new Map([...matches].map(([index, match]) => [index, groupsOf(match.regs)]));
  const hookKeys = Object.keys(net.hooks);
  return {
    netFor(doc) {
      const present = new Set<string>();
      for (const terms of (doc as unknown as { docs: Term[][] }).docs) {
        for (const term of terms) {
          // Every form compromise matches a word by, and every tag.
          for (const form of [term.normal, term.text, term.implicit, term.machine, term.root])
            if (form) present.add(form);
          if (term.switch) present.add(`%${term.switch}%`);
          for (const alias of term.alias ?? []) present.add(alias);
          for (const tag of term.tags) present.add(`#${tag}`);
        }
      }
      // Each rule is judged once per document, and only the hooks of words it holds are kept:
      // compromise looks no further (its own index of a sentence is a subset of `present`).
      const judged = new Map<number, boolean>();
      const kept = (match: NetMatch) => {
        let open = judged.get(match.ruleIndex);
        if (open === undefined) {
          open = groups
            .get(match.ruleIndex)!
            .every((choices) => choices.some((needs) => needs.every((need) => present.has(need))));
          judged.set(match.ruleIndex, open);
        }
        return open;
      };
      const hooks: Record<string, NetMatch[]> = {};
      for (const key of hookKeys) {
        if (!present.has(key)) continue;
        const open = net.hooks[key]!.filter(kept);
        if (open.length > 0) hooks[key] = open;
      }
      return { ...net, hooks, always: net.always.filter(kept) };
    },
  };
}
