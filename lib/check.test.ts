import { describe, expect, it } from 'vitest';
import { checkDraft } from './check';
import { exampleProfile, type Profile } from './profile';
import { reportSchema } from './report';

const now = new Date('2026-11-24T09:00:00Z');
const check = (text: string, options = {}) => checkDraft(text, exampleProfile, { now, budgetMs: 60_000, ...options });

describe('checkDraft', () => {
  it('reports signals and findings with offsets into the draft and the profile entry', () => {
    const text = 'Hi Ravi,\n\nPlease get the mobile redesign done ASAP.\n';
    const report = check(text);
    expect(reportSchema.parse(report)).toEqual(report);
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      rule: 'urgency-on-paused',
      severity: 'error',
      text: 'ASAP',
      topic: 'mobile-redesign',
    });
    expect(text.slice(finding!.start, finding!.end)).toBe('ASAP');
    expect(finding!.entry).toMatchObject({
      kind: 'priority',
      id: 'mobile-redesign',
      status: 'paused',
      owner: 'Ravi Shah',
      profileVersion: '2026-11-20.3',
      updatedBy: 'Ana Ruiz',
    });
    expect(report.signals.map((s) => [s.kind, s.value, s.text, s.topic])).toEqual([
      ['urgency', 'urgent', 'ASAP', 'mobile-redesign'],
    ]);
  });

  it('reads a plain-text draft wrapped at 70 columns by its sentences, so a name a wrap moved to the next line is still what the sentence is about', () => {
    const text =
      'Hi Ravi,\n\nThanks for the numbers from the store review this morning. Now that\n' +
      'the holiday plan is set, please make it your top priority to ship the\n' +
      'Mobile redesign beta to the testers, and send me the list of open bugs\nonce it is out.\n\nThanks,\nAna';
    const report = check(text);
    expect(report.findings.map((f) => [f.rule, f.severity, f.text, f.topic])).toEqual([
      ['priority-contradiction', 'error', 'top priority', 'mobile-redesign'],
    ]);
  });

  it('leaves quoted history and signatures out and says so', () => {
    const text = 'Sounds good, thanks.\n-- \nAna\n\nOn Mon, Ravi wrote:\n> We need the redesign ASAP.';
    const report = check(text);
    expect(report.signals).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.excluded).toEqual([{ start: text.indexOf('-- '), end: text.length, reason: 'signature' }]);
  });

  it("reads a reply answered inline: the writer's lines between the quotes, not the quotes", () => {
    const text =
      'On Mon, Nov 23, 2026 at 10:00 AM Ravi Shah <ravi@example.com> wrote:\n> Should the redesign wait?\n\nNo, we need the redesign ASAP.\n\n> And checkout?\nCheckout can wait until January, no rush.';
    const report = check(text);
    expect(report.signals.map((s) => [s.value, s.text])).toEqual([
      ['urgent', 'ASAP'],
      ['relaxed', 'can wait'],
      ['relaxed', 'no rush'],
    ]);
    expect(report.findings.map((f) => [f.rule, f.text])).toContainEqual(['relaxed-on-top', 'can wait']);
    expect(report.excluded.map((r) => [r.reason, text.slice(r.start, r.end)])).toEqual([
      [
        'reply-header',
        'On Mon, Nov 23, 2026 at 10:00 AM Ravi Shah <ravi@example.com> wrote:\n> Should the redesign wait?',
      ],
      ['quoted-line', '> And checkout?'],
    ]);
  });

  it('sorts findings by offset', () => {
    const report = check(
      'The new pricing is final. The redesign is our top priority. Please do a fire drill on checkout.',
    );
    const starts = report.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(report.findings.map((f) => f.rule)).toEqual([
      'decision-premature',
      'priority-contradiction',
      'avoid-phrase',
    ]);
  });

  it('reads a huge paste up to the cap and says how much it read', () => {
    const text = `${'Checkout is fine. '.repeat(100)}The redesign is urgent.`;
    const report = check(text, { maxChars: 500 });
    expect(report.stats.checkedChars).toBe(500);
    expect(report.findings).toEqual([]);
    expect(check(text).findings.map((f) => f.rule)).toEqual(['urgency-on-paused']);
  });

  it('never splits a surrogate pair at the cap', () => {
    const report = check('ab😀cd', { maxChars: 3 });
    expect(report.stats.checkedChars).toBe(2);
  });

  it('never throws: a broken profile gives an empty report with the error', () => {
    const report = check('The redesign is urgent.', {});
    expect(report.stats.error).toBeUndefined();
    const broken = checkDraft('The redesign is urgent.', {} as Profile, { now });
    expect(reportSchema.parse(broken)).toEqual(broken);
    expect(broken.findings).toEqual([]);
    expect(broken.stats.error).toMatch(/\w/);
  });

  it("keeps checking when reading the profile's names fails, and says so in stats.error", () => {
    const broken = {
      ...exampleProfile,
      priorities: [...exampleProfile.priorities, { id: 'broken', name: 'Broken', aliases: null, status: 'active' }],
    } as unknown as Profile;
    const report = checkDraft('No fire drills this week, please.', broken, { now, budgetMs: 60_000 });
    expect(report.findings.map((f) => f.rule)).toEqual(['avoid-phrase']);
    expect(report.stats.error).toMatch(/^profile names: /);
  });

  it('keeps stats.error short enough to show, whatever the failure says', () => {
    const huge = {
      ...exampleProfile,
      priorities: [
        {
          id: 'huge',
          name: 'Huge',
          status: 'active',
          get aliases(): string[] {
            throw new Error(`bad alias ${'x'.repeat(100_000)}`);
          },
        },
      ],
    } as unknown as Profile;
    const report = checkDraft('The redesign is urgent.', huge, { now, budgetMs: 60_000 });
    expect(report.stats.error).toMatch(/^profile names: bad alias x+… \(100010 characters\)$/);
    expect(report.stats.error!.length).toBeLessThan(400);
  });

  it('finds the conflict with no error in a profile of 5,000 priorities', () => {
    const streams = Array.from({ length: 4_994 }, (_, i) => ({
      id: `stream-${i}`,
      name: `Workstream number ${i}`,
      aliases: [`ws ${i}`, `stream ${i} beta`],
      status: i % 3 === 0 ? ('paused' as const) : ('active' as const),
    }));
    const large: Profile = { ...exampleProfile, priorities: [...exampleProfile.priorities, ...streams] };
    const report = checkDraft('Please get workstream number 4992 done ASAP.', large, { now, budgetMs: 60_000 });
    expect(report.stats.error).toBeUndefined();
    expect(report.findings).toMatchObject([{ rule: 'urgency-on-paused', topic: 'stream-4992', text: 'ASAP' }]);
  });

  it('stops within one chunk when the budget runs out, sentence by sentence (a stepped clock, not wall time)', () => {
    // 2,400 characters: one chunk, which the budget used to be checked only before.
    const text = 'Please get the mobile redesign done ASAP. '.repeat(57);
    let ticks = 0;
    const report = checkDraft(text, exampleProfile, { now, budgetMs: 10, clock: () => ticks++ });
    expect(report.stats.timedOut).toBe(true);
    const read = report.signals.filter((s) => s.text === 'ASAP');
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(12);
    expect(report.findings.every((f) => f.end < text.length / 4)).toBe(true);
  });

  it('stops within one long sentence dense with cues', () => {
    // 2,100 characters and one sentence, with a hundred cues.
    const text = `${'checkout ASAP and the redesign is urgent, '.repeat(50)}thanks.`;
    let ticks = 0;
    const report = checkDraft(text, exampleProfile, { now, budgetMs: 10, clock: () => ticks++ });
    expect(report.stats.timedOut).toBe(true);
    expect(ticks).toBeLessThan(40);
  });

  it('reads every sentence of a chunk when the clock stays within the budget', () => {
    const text = 'Please get the mobile redesign done ASAP. '.repeat(57);
    const report = checkDraft(text, exampleProfile, { now, budgetMs: 10, clock: () => 0 });
    expect(report.stats.timedOut).toBe(false);
    expect(report.signals.filter((s) => s.text === 'ASAP')).toHaveLength(57);
  });

  it('says when the time budget ran out', () => {
    const report = checkDraft('The redesign is urgent. '.repeat(2000), exampleProfile, { now, budgetMs: 0 });
    expect(report.stats.timedOut).toBe(true);
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('keeps the evidence to the words, without surrounding spaces', () => {
    for (const text of ["We're still considering Stripe as a backup.", "The mobile redesign isn't urgent."]) {
      for (const span of [...check(text).signals, ...check(text).findings]) expect(span.text).toBe(span.text.trim());
    }
  });

  it('is deterministic', () => {
    const text = 'Checkout needs this ASAP. The dashboards can wait, no rush. Actually, dashboards are urgent too.';
    const strip = (r: ReturnType<typeof check>) => ({ ...r, stats: { ...r.stats, elapsedMs: 0 } });
    expect(strip(check(text))).toEqual(strip(check(text)));
  });
});

describe('checkDraft across the rules', () => {
  const rulesOf = (text: string, profile: Profile = exampleProfile) =>
    checkDraft(text, profile, { now, budgetMs: 60_000 }).findings.map((f) => [f.rule, f.text]);
  const withActions: Profile = {
    ...exampleProfile,
    decisions: [
      ...exampleProfile.decisions,
      {
        id: 'stock-match',
        topic: 'Employee stock match',
        aliases: [],
        status: 'decided',
        outcome: 'Match in stock',
        rejected: ['Match in cash'],
      },
      {
        id: 'exec-committee',
        topic: 'Executive Committee structure',
        aliases: [],
        status: 'decided',
        outcome: 'Keep the Executive Committee',
        rejected: ['Discontinue the Executive Committee'],
      },
    ],
  };
  const withChatbot: Profile = {
    ...exampleProfile,
    priorities: [
      ...exampleProfile.priorities,
      { id: 'chatbot', name: 'Support chatbot', aliases: ['chatbot'], status: 'paused' },
    ],
  };

  it.each([
    [
      'a rejected option by meaning',
      'Contributions will be matched in cash rather than Enron stock.',
      withActions,
      [['decision-outcome-mismatch', 'matched in cash']],
    ],
    [
      'the outcome by meaning, the rejected option set aside',
      'Contributions will be matched in stock rather than cash.',
      withActions,
      [],
    ],
    [
      'a rejected action in another form of its verb',
      'We are discontinuing the Executive Committee.',
      withActions,
      [['decision-outcome-mismatch', 'discontinuing the Executive Committee']],
    ],
    [
      'a reopen cue its clause forbids',
      'We are not reopening the vendor decision, and nobody should revisit Stripe.',
      exampleProfile,
      [],
    ],
    ['an urgent cue its clause forbids', "Please don't treat any chatbot requests as urgent.", withChatbot, []],
    [
      'relaxed language about the #1 priority',
      'Checkout reliability: no rush.',
      exampleProfile,
      [['relaxed-on-top', 'no rush']],
    ],
  ] as const)('%s', (_, text, profile, expected) => {
    expect(rulesOf(text, profile)).toEqual(expected);
  });

  it('relaxed language about the #1 priority draws one relaxed-on-top warning, on a cue inside the draft', () => {
    const text = 'Checkout reliability can wait until after the holidays, no rush.';
    // Other rules may read more into "until after the holidays"; this is about relaxed-on-top alone.
    const findings = check(text).findings.filter((f) => f.rule === 'relaxed-on-top');
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(findings[0]!.text);
    expect(['can wait', 'no rush']).toContain(findings[0]!.text);
  });
});

describe('checkDraft when the model cannot judge', () => {
  it('falls back to the lexicon cues and names the failure in stats.error, so the check is never silently weaker', async () => {
    const { loadModel } = await import('./signals/model/load');
    const { axes } = loadModel().weights;
    const saved = axes.urgency;
    // A model whose urgency layer is gone, as a corrupt artifact would leave it.
    (axes as Record<string, unknown>).urgency = undefined;
    try {
      const report = checkDraft('The mobile redesign is urgent, please ship it ASAP.', exampleProfile, {
        now: new Date('2026-11-24T09:00:00Z'),
      });
      expect(report.stats.error).toMatch(/^signals model: .+ \(lexicon cues only\)$/);
      expect(report.findings.map((f) => f.rule)).toContain('urgency-on-paused');
    } finally {
      axes.urgency = saved;
    }
  });
});

describe('checkDraft with a subject line', () => {
  it('reads what the subject says: a finding there carries field "subject" and offsets into the subject', () => {
    const subject = 'URGENT: mobile redesign mockups';
    const report = check('Hi Ravi,\n\nThe notes from Tuesday are attached.\n', { subject });
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ rule: 'urgency-on-paused', topic: 'mobile-redesign', field: 'subject' });
    expect(subject.slice(finding!.start, finding!.end)).toBe(finding!.text);
    expect(report.signals.every((s) => s.field === 'subject')).toBe(true);
  });

  it('reads a flag that heads the subject ("URGENT!!! …") as the writer’s label on the rest of the line', () => {
    const subject = 'URGENT!!! Mobile redesign mockups';
    const report = check('Notes attached.', { subject });
    expect(report.findings.map((f) => [f.rule, f.topic, f.text, f.field])).toEqual([
      ['urgency-on-paused', 'mobile-redesign', 'URGENT', 'subject'],
    ]);
  });

  it('keeps the body’s offsets into the body, and lets the subject say what a body request is about', () => {
    const text = 'Hi Ravi,\n\nPlease send me the latest mockups ASAP.\n';
    expect(check(text).findings).toEqual([]);
    const report = check(text, { subject: 'Mobile redesign' });
    const [finding] = report.findings;
    expect(finding).toMatchObject({ rule: 'urgency-on-paused', topic: 'mobile-redesign', text: 'ASAP' });
    expect(finding!.field).toBeUndefined();
    expect(text.slice(finding!.start, finding!.end)).toBe('ASAP');
    const signal = report.signals.find((s) => s.text === 'ASAP')!;
    expect(text.slice(signal.sentence.start, signal.sentence.end)).toContain('ASAP');
    expect(report.stats.checkedChars).toBe(text.length);
  });

  it('leaves a finding with no words (a stale profile) at the start of the body, not in the subject', () => {
    const late = { now: new Date('2028-01-10T09:00:00Z') };
    const without = check('Notes attached.', { ...late, subject: 'The mobile redesign' });
    const stale = without.findings.find((f) => f.rule === 'stale-profile');
    expect(stale).toMatchObject({ start: 0, end: 0, text: '' });
    expect(stale!.field).toBeUndefined();
  });

  it('does not read a reply’s or forward’s subject: its words are someone else’s', () => {
    for (const subject of [
      'Re: URGENT: mobile redesign',
      'Fwd: URGENT: mobile redesign',
      'AW: URGENT: mobile redesign',
    ])
      expect(check('Thanks, will look.', { subject }).findings).toEqual([]);
  });

  it('reads an empty or blank subject as no subject, and a pasted one as one line', () => {
    const text = 'Please get the mobile redesign done ASAP.';
    expect(check(text, { subject: '  ' })).toEqual({ ...check(text), stats: expect.any(Object) });
    const report = check('Notes attached.', { subject: 'The mobile redesign\nis urgent' });
    expect(report.findings.map((f) => [f.rule, f.field])).toEqual([['urgency-on-paused', 'subject']]);
  });
});
