import type { Language } from '../findings/finding.js';
import type { DiffWords } from '../locales/edit-words.js';
import { escapeMarkdown } from '../text/markdown.js';
import { EDIT_WORDS } from './describe.js';
import type { DocumentDiff, FieldChange, IndicatorsDiff } from './diff.js';
import { isEmptyDiff } from './diff.js';

/** Options of a revision report. */
export interface FormatDiffOptions {
  /** Language of the report (default Swedish). */
  readonly language?: Language;
  /** Plain text (default) or Markdown. */
  readonly format?: 'text' | 'markdown';
  /** The report's title; by default "Ändringar i <region>". */
  readonly title?: string;
  /** The region named in the default title. */
  readonly region?: string;
}

interface Block {
  readonly heading: string;
  readonly lines: string[];
  readonly log: string[];
}

const MAX_VALUE = 120;

/** The words of a report and how user text and values are written in it. */
interface Writer {
  readonly words: DiffWords;
  /** User text, escaped for Markdown or on one line. */
  readonly t: (s: string) => string;
}

/**
 * A diff as a readable revision report (årlig revidering) in Swedish or English,
 * as plain text or Markdown: per plan what was added, removed and changed.
 */
export function formatDiff(d: DocumentDiff, options: FormatDiffOptions = {}): string {
  const words = EDIT_WORDS[options.language ?? 'sv'].diff;
  const md = options.format === 'markdown';
  // User text is escaped for Markdown so a box text cannot open a list or a link.
  const t = (s: string) => (md ? escapeMarkdown(s) : s.replace(/\r\n?|\n|\u2028|\u2029/g, ' '));
  const w: Writer = { words, t };
  const blocks: Block[] = [];
  if (d.fields.length) {
    const b: Block = { heading: words.documentHeading, lines: [], log: [] };
    fieldLines(w, words.subject.document(), d.fields, b.lines);
    blocks.push(b);
  }
  const strategy = strategyBlock(w, d.strategy);
  if (strategy.lines.length) blocks.push(strategy);
  const p = d.plans;
  if (p.added.length || p.removed.length) {
    const b: Block = { heading: words.plansHeading, lines: [], log: [] };
    for (const x of p.removed) b.lines.push(words.planRemoved(t(x.id), t(x.name)));
    for (const x of p.added) b.lines.push(words.planAdded(t(x.id), t(x.name), x.boxes.length));
    blocks.push(b);
  }
  for (const c of p.changed) blocks.push(planBlock(w, c));
  return render(words, blocks, d, options, md, t);
}

function shown(w: Writer, v: unknown): string {
  const raw = typeof v === 'string' ? `"${v}"` : v === undefined ? '—' : JSON.stringify(v);
  return w.t(raw.length > MAX_VALUE ? `${raw.slice(0, MAX_VALUE - 1)}…` : raw);
}

function fieldLines(w: Writer, subject: string, list: readonly FieldChange[], out: string[]): void {
  const { words, t } = w;
  for (const f of list) {
    if (f.before === undefined) out.push(words.fieldSet(subject, t(f.field), shown(w, f.after)));
    else if (f.after === undefined) out.push(words.fieldRemoved(subject, t(f.field), shown(w, f.before)));
    else out.push(words.fieldChanged(subject, t(f.field), shown(w, f.before), shown(w, f.after)));
  }
}

function indicatorLines(w: Writer, owner: string, diff: IndicatorsDiff, out: string[]): void {
  const { words, t } = w;
  for (const i of diff.removed) out.push(words.indicatorRemoved(owner, t(i.id), t(i.name)));
  for (const i of diff.added) out.push(words.indicatorAdded(owner, t(i.id), t(i.name)));
  for (const c of diff.changed) {
    const s = words.subject.indicator(t(c.id), t(c.name));
    if (c.renamedFrom !== undefined) out.push(words.renamed(s, t(c.renamedFrom)));
    fieldLines(w, s, c.fields, out);
    for (const x of c.targets.removed) out.push(words.targetRemoved(s, x.year, shown(w, x.value)));
    for (const x of c.targets.added) out.push(words.targetAdded(s, x.year, shown(w, x.value)));
    for (const x of c.targets.changed) {
      out.push(words.targetChanged(s, x.year, shown(w, x.before.value), shown(w, x.after.value)));
    }
    for (const x of c.measurements.removed)
      out.push(words.measurementRemoved(s, t(String(x.period)), shown(w, x.value)));
    for (const x of c.measurements.added)
      out.push(words.measurementAdded(s, t(String(x.period)), shown(w, x.value)));
    for (const x of c.measurements.changed) {
      out.push(
        words.measurementChanged(s, t(String(x.period)), shown(w, x.before.value), shown(w, x.after.value)),
      );
    }
  }
}

function strategyBlock(w: Writer, s: DocumentDiff['strategy']): Block {
  const { words, t } = w;
  const strategy: Block = { heading: words.strategyHeading, lines: [], log: [] };
  fieldLines(w, words.subject.document(), s.fields, strategy.lines);
  for (const u of s.understrategier.removed)
    strategy.lines.push(words.understrategiRemoved(t(u.id), t(u.name)));
  for (const u of s.understrategier.added) strategy.lines.push(words.understrategiAdded(t(u.id), t(u.name)));
  for (const g of s.goals.removed)
    strategy.lines.push(words.goalRemoved(t(g.goal.id), t(g.owner), t(g.goal.text)));
  for (const g of s.goals.added)
    strategy.lines.push(words.goalAdded(t(g.goal.id), t(g.owner), t(g.goal.text)));
  for (const g of s.goals.changed) {
    const subject = words.subject.goal(t(g.id));
    if (g.renamedFrom !== undefined) strategy.lines.push(words.renamed(subject, t(g.renamedFrom)));
    fieldLines(w, subject, g.fields, strategy.lines);
    indicatorLines(w, subject, g.indicators, strategy.lines);
  }
  return strategy;
}

function planBlock(w: Writer, c: DocumentDiff['plans']['changed'][number]): Block {
  const { words, t } = w;
  const b: Block = {
    heading: words.planHeading(
      t(c.id),
      t(c.name),
      c.renamedFrom === undefined ? undefined : t(c.renamedFrom),
    ),
    lines: [],
    log: [],
  };
  fieldLines(w, words.subject.plan(t(c.id)), c.fields, b.lines);
  for (const x of c.boxes.removed) b.lines.push(words.boxRemoved(t(x.id), x.level, t(x.text)));
  for (const x of c.boxes.added) b.lines.push(words.boxAdded(t(x.id), x.level, t(x.text)));
  for (const x of c.boxes.changed) {
    const subject = words.subject.box(t(x.id));
    if (x.renamedFrom !== undefined) b.lines.push(words.renamed(subject, t(x.renamedFrom)));
    fieldLines(w, subject, x.fields, b.lines);
    indicatorLines(w, subject, x.indicators, b.lines);
  }
  for (const x of c.links.removed) b.lines.push(words.linkRemoved(t(x.from), t(x.to)));
  for (const x of c.links.added) b.lines.push(words.linkAdded(t(x.from), t(x.to)));
  for (const x of c.links.changed) fieldLines(w, words.subject.link(t(x.from), t(x.to)), x.fields, b.lines);
  for (const x of c.goalLinks.removed) b.lines.push(words.goalLinkRemoved(t(x.from), t(x.goal)));
  for (const x of c.goalLinks.added) b.lines.push(words.goalLinkAdded(t(x.from), t(x.goal)));
  for (const x of c.goalLinks.changed)
    fieldLines(w, words.subject.goalLink(t(x.from), t(x.goal)), x.fields, b.lines);
  for (const e of c.changelog) {
    const by = e.by === undefined ? undefined : t(e.by);
    b.log.push(words.changelogEntry(t(e.at), by, t(e.what), e.why === undefined ? undefined : t(e.why)));
  }
  return b;
}

function render(
  words: DiffWords,
  blocks: readonly Block[],
  d: DocumentDiff,
  options: FormatDiffOptions,
  md: boolean,
  t: (s: string) => string,
): string {
  const title =
    options.title !== undefined
      ? t(options.title)
      : words.title(options.region === undefined ? undefined : t(options.region));
  const out: string[] = [];
  const summary = isEmptyDiff(d)
    ? words.noChanges
    : words.summary({
        added: d.plans.added.length,
        removed: d.plans.removed.length,
        changed: d.plans.changed.length,
      });
  if (md) {
    out.push(`# ${title}`, '', summary);
    for (const b of blocks) {
      out.push('', `## ${b.heading}`, '');
      for (const line of b.lines) out.push(`- ${line}`);
      if (b.log.length) {
        if (b.lines.length) out.push('');
        out.push(`**${words.changelogHeading}**`, '');
        for (const line of b.log) out.push(`- ${line}`);
      }
    }
  } else {
    out.push(title, '='.repeat(title.length), summary);
    for (const b of blocks) {
      out.push('', b.heading);
      for (const line of b.lines) out.push(`  - ${line}`);
      if (b.log.length) {
        out.push(`  ${words.changelogHeading}:`);
        for (const line of b.log) out.push(`    - ${line}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
