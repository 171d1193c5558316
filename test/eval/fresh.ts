/**
 * Signal accuracy on fresh modern messages: messages written for this project by writers who saw
 * no other label file, in four genres (GitHub threads, developer mailing lists, meeting notes,
 * workplace chat and email outside software), every sentence labelled under GUIDELINES.md, and
 * labelled again blind by a second annotator. The model is never trained on them, so they estimate
 * how it reads modern text it has not seen. Each message is checked whole, as a draft would be;
 * each sentence takes the first signal of each kind inside it.
 *   npx tsx test/eval/fresh.ts [--errors]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { TRAINED_FRESH_SETS } from '../../training/data';
import { f1, kappa } from '../../training/kappa';
import type { Model } from '../../lib/signals/model/load';
import type { Email, LabelledSentence } from './corpus';
import { axes, bootstrapF1, NONE, predictAll, scoreAxis, type Prediction } from './score';

interface Message {
  id: string;
  channel: string;
  sentences: Array<{ text: string; urgency: string; priority: string; decision: string }>;
}

export const freshDir = resolve(import.meta.dirname, 'fresh-modern');
/**
 * A second set written the same way, later, by four other writers (with a blind second annotator
 * on every sentence): it has judged nothing, where the first set has judged label rounds.
 */
export const freshDir2 = resolve(import.meta.dirname, 'fresh-modern-2');
/**
 * A third set, written the same way by four more writers before round w20 was written; the round's
 * subject (pace said without the textbook words) was chosen after the second set was read. It then
 * judged round w20 and a lexicon of today's idiom (both dropped).
 */
export const freshDir3 = resolve(import.meta.dirname, 'fresh-modern-3');
/**
 * A fourth set, written after those judgements, by four more writers; it judged one retraining (on
 * negation raised from "I don't think …"), which did not move it, then the retraining on embedded
 * questions and negated comparatives and the settings chosen on whole written messages, as the fifth did.
 */
export const freshDir4 = resolve(import.meta.dirname, 'fresh-modern-4');
/**
 * A fifth set, written after that, by four more writers: it judged one retraining (embedded
 * questions and negated comparatives), which did not move it, and settings chosen on whole written
 * messages (dropped).
 */
export const freshDir5 = resolve(import.meta.dirname, 'fresh-modern-5');
/**
 * A sixth set, written after those judgements, by four more writers: it has judged one candidate
 * (training on the first five sets), which the seventh judged too, and chosen nothing.
 */
export const freshDir6 = resolve(import.meta.dirname, 'fresh-modern-6');
/**
 * A seventh set, written later by four more writers who were asked for at least six sentences of
 * each rare value (relaxed, low, paused, dropped, reopened) each: it has judged one candidate (training on the
 * first five sets; dropped), and its list messages' misses were read (they chose inline replies).
 */
export const freshDir7 = resolve(import.meta.dirname, 'fresh-modern-7');
/**
 * An eighth set, written after that by four more writers asked for signals only at the rate such
 * messages carry them: it has judged one change (inline replies, checked on the product path) and
 * chosen nothing.
 */
export const freshDir8 = resolve(import.meta.dirname, 'fresh-modern-8');
/**
 * A ninth set, written by four more writers in settings no set before used, signals at the rate
 * such messages carry them, after every change of its session: it has judged candidate words, two
 * ways (both dropped), and chosen nothing.
 */
export const freshDir9 = resolve(import.meta.dirname, 'fresh-modern-9');
/**
 * A tenth set, written by four more writers in settings no set before used, signals at the rate
 * such messages carry them, every sentence labelled again blind: it has judged spans counted from
 * now ("within 24 hours", kept) and chosen nothing.
 */
export const freshDir10 = resolve(import.meta.dirname, 'fresh-modern-10');
/**
 * An eleventh set, written the same way by four more writers in settings no set before used, after
 * the tenth had judged its change: it has judged a bare "in" before a counted span (kept) and slack
 * in three decision rules (dropped), and chosen nothing.
 */
export const freshDir11 = resolve(import.meta.dirname, 'fresh-modern-11');
/**
 * A twelfth set, written the same way by four more writers in settings no set before used (a Zig
 * HTTP library, a heat-pump integration, an OCaml build tool, a Flutter maps plugin; an Erlang
 * runtime's list, a desktop's release team, PostgreSQL extension developers, a calendar-sync working
 * group; a registrar's systems team, a wind farm, a food bank, a game's live ops; veterinary
 * hospitals, post-production, an architecture firm, a school district's buses), written before the
 * session's changes were measured: it has judged list items' spans and reading the writer's line
 * breaks (both kept), a number's shape as a feature and none shifts chosen on the first nine sets
 * (both dropped), and chosen nothing.
 */
export const freshDir12 = resolve(import.meta.dirname, 'fresh-modern-12');
/**
 * A thirteenth set, written the same way by four more writers in settings no set before used (a Nix
 * flake tool, a LiDAR point-cloud library, a Matrix bridge, a Julia kernel, an FPGA toolchain, a
 * Flutter charting package, an OpenAPI generator, an accessibility extension; a Lisp package
 * distribution, an embedded SQL database, a LoRaWAN server, PHP internals, a bioimage viewer, an
 * Erlang-style VM, a TeX distribution, a GIS steering committee; a conservation NGO, radiology, a
 * fire department's planners, a semiconductor fab, a podcast network, a carbon-removal startup, a
 * drone team, research computing; a funeral home, a ferry operator, bicycle shops, plumbers, a
 * language school, a hospice, a kennel, a recording studio), written before its session's candidates
 * were measured: nobody has read it.
 */
export const freshDir13 = resolve(import.meta.dirname, 'fresh-modern-13');
/**
 * A fourteenth set, written the same way by four more writers in settings no set before used (a
 * Kotlin networking library, a photo server, a terminal emulator, a raster library, a WordPress
 * plugin, Helm charts, a Ruby type checker, a game scripting engine; a toolchain's list, a stream
 * processor's, a mail server's, a plotting library's, an init system's, a compiler's releases, a PBX,
 * a Wayland compositor; an airport, a children's hospital, anti-money-laundering tooling, a game's
 * monetisation squad, a library's digitisation, a water utility's SCADA, vaccine quality, an
 * elections desk; catering, property management, an orchestra, car rental, a primary school,
 * landscaping, a print shop, physiotherapy clinics), after training on the first twelve was chosen:
 * scored unread, it confirmed that choice and weighed training decision on them too.
 */
export const freshDir14 = resolve(import.meta.dirname, 'fresh-modern-14');
/**
 * A fifteenth set, written the same way by four more writers in settings no set before used (an
 * audio DSP library, a Django admin theme, an object store, on-device speech, a docs generator, an
 * eBPF tool, a mod loader, a survival-analysis package; a BSD's networking list, a web container's,
 * a font renderer's, a bootloader's, a connection pooler's, a language team's, a RISC-V core's, a
 * Tcl-like core list; a shipping line, dermatology clinics, search relevance, wind-turbine
 * maintenance, a parks department, a mine's safety committee, a documentary's post-production,
 * payroll compliance; a bakery wholesaler, estate agents, a youth sports league, an optometrist, a
 * moving company, a museum's education team, a brewery, an accounting office), at the end of the
 * session that trained on the first twelve: nobody has read it, and it has judged nothing.
 */
export const freshDir15 = resolve(import.meta.dirname, 'fresh-modern-15');

/** Every fresh set, oldest first, with what it has been used for (README, accuracy). */
export const FRESH_SETS = [
  { name: 'first set', dir: freshDir, use: 'has judged label rounds and chosen what round w19 wrote' },
  { name: 'second set', dir: freshDir2, use: 'judged nothing, but was read to choose round w20' },
  { name: 'third set', dir: freshDir3, use: 'judged round w20 and the idiom lexicon; chose nothing' },
  { name: 'fourth set', dir: freshDir4, use: 'judged two retrainings and a choice of settings; chose nothing' },
  { name: 'fifth set', dir: freshDir5, use: 'judged one retraining and a choice of settings; chose nothing' },
  { name: 'sixth set', dir: freshDir6, use: 'judged one candidate; chose nothing' },
  { name: 'seventh set', dir: freshDir7, use: 'judged one candidate; its list misses were read' },
  { name: 'eighth set', dir: freshDir8, use: 'judged inline replies; chose nothing' },
  { name: 'ninth set', dir: freshDir9, use: 'judged candidate words; chose nothing' },
  { name: 'tenth set', dir: freshDir10, use: 'judged spans counted from now; chose nothing' },
  {
    name: 'eleventh set',
    dir: freshDir11,
    use: 'judged a bare "in" before a span and decision-rule slack; chose nothing',
  },
  {
    name: 'twelfth set',
    dir: freshDir12,
    use: "judged list items' spans and the writer's line breaks (kept), a number's shape and shifts chosen on sets 1-9 (dropped); chose nothing",
  },
  { name: 'thirteenth set', dir: freshDir13, use: 'judged training on the first twelve (kept); held out' },
  {
    name: 'fourteenth set',
    dir: freshDir14,
    use: 'confirmed training on the first twelve and weighed decision on them too (not yet kept); held out',
  },
  { name: 'fifteenth set', dir: freshDir15, use: 'unread; judges the next candidate' },
] as const;

/** Whether the model is trained on a fresh set (`TRAINED_FRESH_SETS`): the first twelve are. */
export const isTrained = (dir: string): boolean => TRAINED_FRESH_SETS.includes(basename(dir));
/** The fresh sets the model never saw: the ones that still judge. */
export const HELD_OUT_SETS = FRESH_SETS.filter(({ dir }) => !isTrained(dir));
/** Moments the deadlines are judged from: the messages are set in 2015–2026 and carry no dates. */
export const FRESH_NOW = new Date('2026-06-01T09:00:00Z');

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** A list item or a quoted line: it stands on a line of its own. */
const LIST_LINE = /^\s*([-*>•]|\d+[.)])\s/;

/** How a sentence ends when it runs on into the next one on its line. */
const ENDS_SENTENCE = /[.!?…:;,)"'”’]$/;

/**
 * A message's body: its sentences joined with a space, but a list item or quoted line, the line
 * after one and the line that leads into one each start a new line, and so does the sentence after
 * one that ends with no punctuation (a heading, a title, a chat line): a writer who split there
 * saw a line break.
 */
function joined(message: Message): { body: string; spans: Array<[number, number]> } {
  const lines = message.sentences.map((s) => LIST_LINE.test(s.text));
  const open = message.sentences.map((s) => !ENDS_SENTENCE.test(s.text.trim()));
  let body = '';
  const spans: Array<[number, number]> = [];
  message.sentences.forEach((s, i) => {
    if (i > 0) body += lines[i - 1] || lines[i] || lines[i + 1] || open[i - 1] ? '\n' : ' ';
    spans.push([body.length, body.length + s.text.length]);
    body += s.text;
  });
  return { body, spans };
}

export interface FreshSet {
  genre: string;
  emails: Map<string, Email>;
  labels: LabelledSentence[];
  /** The second annotator's labels, by sentence key. */
  second: Map<string, Record<string, string>>;
}

export function loadFresh(dir = freshDir): FreshSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.includes('second'))
    .sort()
    .map((file) => {
      const genre = file.replace(/\.jsonl$/, '');
      const emails = new Map<string, Email>();
      const labels: LabelledSentence[] = [];
      for (const message of readJsonl<Message>(resolve(dir, file))) {
        const { body, spans } = joined(message);
        emails.set(message.id, { id: message.id, body });
        message.sentences.forEach((s, i) => {
          const [start, end] = spans[i]!;
          labels.push({
            key: `${message.id}@${start}-${end}`,
            text: s.text,
            urgency: s.urgency,
            priority: s.priority,
            decision: s.decision,
            pool: genre,
            emailId: message.id,
            start,
            end,
          });
        });
      }
      const second = new Map<string, Record<string, string>>();
      const secondFile = resolve(dir, `${genre}-second.jsonl`);
      if (existsSync(secondFile))
        for (const message of readJsonl<Message>(secondFile)) {
          const { spans } = joined(message);
          message.sentences.forEach((s, i) => second.set(`${message.id}@${spans[i]![0]}-${spans[i]![1]}`, s));
        }
      return { genre, emails, labels, second };
    });
}

/** Each sentence's predicted values, read from its whole message; with the shipped model unless another is given. */
export function predictFresh(set: FreshSet, model?: Model): Prediction[] {
  return predictAll(set.emails, set.labels, () => ({ now: FRESH_NOW, model }));
}

function report(dir: string, title: string): void {
  const sets = loadFresh(dir);
  // Each set is checked once; the totals and the genres read the same predictions.
  const bySet = sets.map((set) => ({ genre: set.genre, predictions: predictFresh(set) }));
  const all = bySet.flatMap((x) => x.predictions);
  const f = (x: number) => x.toFixed(3);
  console.log(`\n${title}: ${all.length} sentences in ${sets.reduce((n, s) => n + s.emails.size, 0)} messages`);
  for (const axis of axes) {
    const s = scoreAxis(all, axis);
    const gold = all.filter((p) => p.label[axis] !== NONE).length;
    const byGenre = bySet.map((x) => `${x.genre} ${f(scoreAxis(x.predictions, axis).f1)}`).join(', ');
    const { low, high } = bootstrapF1(all, axis);
    console.log(
      `  ${axis.padEnd(9)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)} [95% ${f(low)}–${f(high)}]  (${gold} labelled) — ${byGenre}`,
    );
  }
  const pairs = sets.flatMap((set) =>
    set.labels.filter((l) => set.second.has(l.key)).map((l) => [l, set.second.get(l.key)!] as const),
  );
  if (pairs.length > 0)
    console.log(
      `  blind second annotator on ${pairs.length} sentences: ${axes
        .map(
          (axis) =>
            `${axis} κ ${kappa(
              pairs.map(([a]) => a[axis]),
              pairs.map(([, b]) => b[axis]!),
            ).toFixed(2)} (F1 ${f1(
              pairs.map(([a]) => a[axis]),
              pairs.map(([, b]) => b[axis]!),
            ).toFixed(2)})`,
        )
        .join(', ')}`,
    );
  if (process.argv.includes('--errors'))
    for (const p of all)
      for (const axis of axes)
        if (p.predicted[axis] !== p.label[axis])
          console.log(`${axis}: gold ${p.label[axis]} got ${p.predicted[axis]} ${p.evidence[axis]} | ${p.label.text}`);
}

if (process.argv[1] === import.meta.filename) {
  for (const { name, dir, use } of HELD_OUT_SETS)
    if (existsSync(dir)) report(dir, `Fresh modern messages, ${name} (${use})`);
  const trained = FRESH_SETS.filter(({ dir }) => isTrained(dir)).map(({ name }) => name);
  console.log(`\nTrained on, so not reported here: the ${trained.join(', ')} (training/data.ts, TRAINED_FRESH_SETS).`);
}
