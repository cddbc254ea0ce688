/** The sections of the national export, in the order of Tillväxtverket's insatsresa. */
export type NationalSection = 'classification' | 'chain' | 'indicator' | 'participant';

/** The classification fields of a plan as the export names them (insatsresa steps 1–6). */
export type NationalField =
  | 'vocabulary'
  | 'prioritering'
  | 'fokusomrade'
  | 'rusPrioritering'
  | 'projekttyp'
  | 'bransch'
  | 'syfte'
  | 'hallbarhetSyfte'
  | 'hallbarhetMetod'
  | 'template';

/** How a participant's number is written in the export. */
export type NationalParticipantKind =
  | 'organisation'
  | 'soleTraderPseudonym'
  | 'soleTraderOmitted'
  | 'invalidOmitted';

/** The words of the national follow-up export in one language: column heads, section and field names, usage errors. */
export interface NationalWords {
  readonly column: {
    readonly region: string;
    readonly planId: string;
    readonly plan: string;
    readonly section: string;
    readonly order: string;
    readonly field: string;
    readonly value: string;
    readonly id: string;
    readonly leadsTo: string;
    readonly goals: string;
    readonly unit: string;
    readonly baseline: string;
    readonly baselineYear: string;
    readonly target: string;
    readonly targetYear: string;
    readonly latest: string;
    readonly latestPeriod: string;
    readonly status: string;
    readonly asOf: string;
    readonly name: string;
    readonly kommun: string;
    readonly from: string;
    readonly to: string;
  };
  readonly section: Readonly<Record<NationalSection, string>>;
  readonly field: Readonly<Record<NationalField, string>>;
  /** The name of the xlsx sheet. */
  readonly sheet: string;
  /** The chain row of a plan's challenges (context, not a level). */
  readonly utmaningar: string;
  /** The status of a mandatory indicator the plan's template asks for and the plan lacks. */
  readonly missing: string;
  readonly participantKind: Readonly<Record<NationalParticipantKind, string>>;
  /** Usage errors of `report --national`. */
  readonly usage: {
    readonly ending: (out: string) => string;
    readonly notWith: (option: string) => string;
    readonly manyRegions: (count: number) => string;
  };
}
