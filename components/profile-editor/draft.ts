import { parseProfile, type Profile, type ProfileError } from '../../lib/profile';

/** The editor works on strings, as typed; they become a profile only through parseProfile. */
export interface PriorityDraft {
  key: string;
  id: string;
  name: string;
  aliases: string;
  rank: string;
  status: 'active' | 'paused' | 'dropped';
  owner: string;
  due: string;
  note: string;
}

export interface DecisionDraft {
  key: string;
  id: string;
  topic: string;
  aliases: string;
  status: 'decided' | 'open' | 'revisiting';
  outcome: string;
  rejected: string;
  decidedAt: string;
  decideBy: string;
  owner: string;
  note: string;
}

export interface AvoidDraft {
  key: string;
  phrase: string;
  instead: string;
}

export interface ProfileDraft {
  schemaRef: string;
  team: string;
  version: string;
  updatedAt: string;
  updatedBy: string;
  reviewBy: string;
  priorities: PriorityDraft[];
  decisions: DecisionDraft[];
  urgentMaxRank: string;
  maxUrgentPerMessage: string;
  avoid: AvoidDraft[];
}

let counter = 0;
/** React keys for rows, so editing an id never remounts its row. */
export function rowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

const list = (items: readonly string[]) => items.join(', ');
const num = (n: number | undefined) => (n === undefined ? '' : String(n));

export function fromProfile(profile: Profile): ProfileDraft {
  const priorities = [...profile.priorities].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return {
    schemaRef: profile.$schema ?? '',
    team: profile.team,
    version: profile.version,
    updatedAt: profile.updatedAt,
    updatedBy: profile.updatedBy ?? '',
    reviewBy: profile.reviewBy ?? '',
    priorities: priorities.map((p) => ({
      key: rowKey(),
      id: p.id,
      name: p.name,
      aliases: list(p.aliases),
      rank: num(p.rank),
      status: p.status,
      owner: p.owner ?? '',
      due: p.due ?? '',
      note: p.note ?? '',
    })),
    decisions: profile.decisions.map((d) => ({
      key: rowKey(),
      id: d.id,
      topic: d.topic,
      aliases: list(d.aliases),
      status: d.status,
      outcome: d.outcome ?? '',
      rejected: list(d.rejected),
      decidedAt: d.decidedAt ?? '',
      decideBy: d.decideBy ?? '',
      owner: d.owner ?? '',
      note: d.note ?? '',
    })),
    urgentMaxRank: num(profile.norms.urgentMaxRank),
    maxUrgentPerMessage: num(profile.norms.maxUrgentPerMessage),
    avoid: profile.norms.avoid.map((a) => ({ key: rowKey(), phrase: a.phrase, instead: a.instead })),
  };
}

const opt = (value: string) => (value.trim() === '' ? undefined : value.trim());
const split = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
/** A number when it reads as one; otherwise the text itself, so the schema names the problem. */
const toNumber = (value: string) => {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isNaN(n) ? trimmed : n;
};
const note = (value: string) => (value === '' ? undefined : value);

export function toProfileInput(d: ProfileDraft): unknown {
  return {
    ...(d.schemaRef ? { $schema: d.schemaRef } : {}),
    schemaVersion: 1,
    team: d.team,
    version: d.version,
    updatedAt: d.updatedAt,
    updatedBy: opt(d.updatedBy),
    reviewBy: opt(d.reviewBy),
    priorities: d.priorities.map((p) => ({
      id: p.id.trim(),
      name: p.name,
      aliases: split(p.aliases),
      rank: toNumber(p.rank),
      status: p.status,
      owner: opt(p.owner),
      due: opt(p.due),
      note: note(p.note),
    })),
    decisions: d.decisions.map((x) => ({
      id: x.id.trim(),
      topic: x.topic,
      aliases: split(x.aliases),
      status: x.status,
      outcome: opt(x.outcome),
      rejected: split(x.rejected),
      decidedAt: opt(x.decidedAt),
      decideBy: opt(x.decideBy),
      owner: opt(x.owner),
      note: note(x.note),
    })),
    norms: {
      urgentMaxRank: toNumber(d.urgentMaxRank),
      maxUrgentPerMessage: toNumber(d.maxUrgentPerMessage),
      avoid: d.avoid.map((a) => ({ phrase: a.phrase, instead: a.instead })),
    },
  };
}

export type DraftCheck =
  { ok: true; profile: Profile; errors: [] } | { ok: false; profile: undefined; errors: ProfileError[] };

export function validateDraft(d: ProfileDraft): DraftCheck {
  const result = parseProfile(JSON.parse(JSON.stringify(toProfileInput(d))));
  return result.ok
    ? { ok: true, profile: result.value, errors: [] }
    : { ok: false, profile: undefined, errors: result.errors };
}

/** The errors that belong to one field: its own path and anything inside it, like `aliases[1]`. */
export function errorsAt(errors: readonly ProfileError[], path: string): string[] {
  return errors
    .filter((e) => e.path === path || e.path.startsWith(`${path}[`) || e.path.startsWith(`${path}.`))
    .map((e) => e.message);
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Moves a priority and renumbers the ranked ones in their new order, so ranks stay 1, 2, 3… */
export function movePriority(items: readonly PriorityDraft[], index: number, by: -1 | 1): PriorityDraft[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  let rank = 0;
  return next.map((p) => (p.rank.trim() === '' || p.status !== 'active' ? p : { ...p, rank: String(++rank) }));
}

export function emptyPriority(nextRank: number): PriorityDraft {
  return {
    key: rowKey(),
    id: '',
    name: '',
    aliases: '',
    rank: String(nextRank),
    status: 'active',
    owner: '',
    due: '',
    note: '',
  };
}

export function emptyDecision(): DecisionDraft {
  return {
    key: rowKey(),
    id: '',
    topic: '',
    aliases: '',
    status: 'open',
    outcome: '',
    rejected: '',
    decidedAt: '',
    decideBy: '',
    owner: '',
    note: '',
  };
}

export function emptyAvoid(): AvoidDraft {
  return { key: rowKey(), phrase: '', instead: '' };
}

/** The errors no visible field shows, e.g. a missing key in an imported file. */
export function unplacedErrors(errors: readonly ProfileError[], draft: ProfileDraft): ProfileError[] {
  const top = ['team', 'version', 'updatedAt', 'updatedBy', 'reviewBy', 'schemaVersion', 'norms'];
  return errors.filter((e) => {
    if (top.some((t) => e.path === t || e.path.startsWith(`${t}.`) || e.path.startsWith(`${t}[`))) return false;
    const m = /^(priorities|decisions)\[(\d+)\]/.exec(e.path);
    if (m) return Number(m[2]) >= (m[1] === 'priorities' ? draft.priorities.length : draft.decisions.length);
    return true;
  });
}
