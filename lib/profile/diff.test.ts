import { describe, expect, it } from 'vitest';
import { diffProfiles } from './diff';
import { exampleProfile, type Profile } from './index';

type Edit = (p: Profile) => Profile;
const priorities =
  (edit: (items: Profile['priorities']) => Profile['priorities']): Edit =>
  (p) => ({ ...p, priorities: edit(p.priorities) });
const decisions =
  (edit: (items: Profile['decisions']) => Profile['decisions']): Edit =>
  (p) => ({ ...p, decisions: edit(p.decisions) });
type P = Profile['priorities'][number];
type D = Profile['decisions'][number];
const priority = (id: string, patch: Partial<P>): Edit =>
  priorities((items) => items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
const decision = (id: string, patch: Partial<D>): Edit =>
  decisions((items) => items.map((i) => (i.id === id ? { ...i, ...patch } : i)));

describe('diffProfiles', () => {
  it.each<[string, Edit, string[]]>([
    ['nothing changed', (p) => p, []],
    ['a version bump alone', (p) => ({ ...p, version: 'next' }), []],
    ['a note or alias edit', priority('checkout', { note: 'new note', aliases: ['pay'] }), []],
    ['a priority paused', priority('data-migration', { status: 'paused' }), ['Data migration: active → paused']],
    [
      'a priority resumed',
      priority('mobile-redesign', { status: 'active', rank: 5 }),
      ['Mobile redesign: paused → active', 'Mobile redesign: unranked → rank 5'],
    ],
    [
      'a pause that drops the rank',
      priority('data-migration', { status: 'paused', rank: undefined }),
      ['Data migration: active → paused'],
    ],
    ['a rank change', priority('partner-api', { rank: 7 }), ['Partner API: rank 3 → rank 7']],
    [
      'a priority added',
      priorities((items) => [...items, { id: 'ai', name: 'AI assistant', aliases: [], rank: 9, status: 'active' }]),
      ['New priority: AI assistant (rank 9, active)'],
    ],
    [
      'a priority removed',
      priorities((items) => items.filter((i) => i.id !== 'crypto-payments')),
      ['Priority removed: Crypto payments'],
    ],
    [
      'a decision made',
      decision('pricing-2027', { status: 'decided', outcome: 'Usage-based' }),
      ['Decided: 2027 pricing: Usage-based'],
    ],
    [
      'a decision reopened',
      decision('vendor', { status: 'revisiting' }),
      ['Reopened: Payments vendor (decided → revisiting)'],
    ],
    [
      'an outcome changed',
      decision('vendor', { outcome: 'Braintree2' }),
      ['Payments vendor: outcome Adyen → Braintree2'],
    ],
    [
      'a decision added',
      decisions((items) => [...items, { id: 'hq', topic: 'HQ move', aliases: [], rejected: [], status: 'open' }]),
      ['New open decision: HQ move'],
    ],
    [
      'a decision removed',
      decisions((items) => items.filter((i) => i.id !== 'vendor')),
      ['Decision removed: Payments vendor'],
    ],
    [
      'urgent rank norm changed',
      (p) => ({ ...p, norms: { ...p.norms, urgentMaxRank: 3 } }),
      [`Urgent language allowed up to rank: ${exampleProfile.norms.urgentMaxRank ?? 'no limit'} → 3`],
    ],
    [
      'urgent count norm removed',
      (p) => ({ ...p, norms: { ...p.norms, maxUrgentPerMessage: undefined } }),
      [`Urgent requests per message: ${exampleProfile.norms.maxUrgentPerMessage} → no limit`],
    ],
    [
      'an avoided phrase added',
      (p) => ({
        ...p,
        norms: { ...p.norms, avoid: [...p.norms.avoid, { phrase: 'boil the ocean', instead: 'a scoped ask' }] },
      }),
      ['Phrase to avoid: "boil the ocean" (say a scoped ask instead)'],
    ],
    [
      'an avoided phrase dropped',
      (p) => ({ ...p, norms: { ...p.norms, avoid: p.norms.avoid.slice(1) } }),
      [`No longer avoided: "${exampleProfile.norms.avoid[0]!.phrase}"`],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(diffProfiles(exampleProfile, edit(exampleProfile))).toEqual(expected);
  });
});
