import type { Edit, EditOp } from '../model/edit.js';
import type { Level } from '../model/levels.js';

/** A value shown in a sentence, already quoted or formatted by the report. */
export type Shown = string;

/** The words of one language for describing edits (change logs) and diffs (revision reports). */
export interface EditWords {
  /** One line per edit: what it did, for change logs and history entries. */
  readonly edit: { readonly [K in EditOp]: (e: Extract<Edit, { op: K }>) => string };
  readonly diff: DiffWords;
}

/** The sentences of a revision report. Values arrive already shown (quoted, formatted). */
export interface DiffWords {
  readonly level: (level: Level) => string;
  readonly title: (region: string | undefined) => string;
  readonly noChanges: string;
  readonly summary: (counts: {
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
  }) => string;
  readonly documentHeading: string;
  readonly strategyHeading: string;
  readonly plansHeading: string;
  readonly planHeading: (id: string, name: string, renamedFrom: string | undefined) => string;
  readonly changelogHeading: string;
  readonly planAdded: (id: string, name: string, boxes: number) => string;
  readonly planRemoved: (id: string, name: string) => string;
  readonly understrategiAdded: (id: string, name: string) => string;
  readonly understrategiRemoved: (id: string, name: string) => string;
  readonly goalAdded: (id: string, owner: string, text: string) => string;
  readonly goalRemoved: (id: string, owner: string, text: string) => string;
  readonly boxAdded: (id: string, level: Level, text: string) => string;
  readonly boxRemoved: (id: string, level: Level, text: string) => string;
  readonly linkAdded: (from: string, to: string) => string;
  readonly linkRemoved: (from: string, to: string) => string;
  readonly goalLinkAdded: (box: string, goal: string) => string;
  readonly goalLinkRemoved: (box: string, goal: string) => string;
  readonly indicatorAdded: (owner: string, id: string, name: string) => string;
  readonly indicatorRemoved: (owner: string, id: string, name: string) => string;
  readonly targetAdded: (indicator: string, year: number, value: Shown) => string;
  readonly targetRemoved: (indicator: string, year: number, value: Shown) => string;
  readonly targetChanged: (indicator: string, year: number, before: Shown, after: Shown) => string;
  readonly measurementAdded: (indicator: string, period: string, value: Shown) => string;
  readonly measurementRemoved: (indicator: string, period: string, value: Shown) => string;
  readonly measurementChanged: (indicator: string, period: string, before: Shown, after: Shown) => string;
  /** Subjects that field changes and renames are about. */
  readonly subject: {
    readonly plan: (id: string) => string;
    readonly box: (id: string) => string;
    readonly goal: (id: string) => string;
    readonly indicator: (id: string, name: string) => string;
    readonly link: (from: string, to: string) => string;
    readonly goalLink: (box: string, goal: string) => string;
    readonly document: () => string;
  };
  readonly renamed: (subject: string, from: string) => string;
  readonly fieldSet: (subject: string, field: string, after: Shown) => string;
  readonly fieldRemoved: (subject: string, field: string, before: Shown) => string;
  readonly fieldChanged: (subject: string, field: string, before: Shown, after: Shown) => string;
  readonly changelogEntry: (
    at: string,
    by: string | undefined,
    what: string,
    why: string | undefined,
  ) => string;
}
