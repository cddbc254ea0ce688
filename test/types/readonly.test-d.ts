// Type tests of read-only data (run by `vitest --typecheck`, part of `npm test`): what the library
// returns is deeply read-only in the types, as it is frozen at run time, and every function that
// takes a document, plan, template or finding list accepts a deeply read-only one.
import { castDraft, type Draft, type Immutable, produce } from 'immer';
import { describe, expectTypeOf, it } from 'vitest';
import {
  addBox,
  applyEdit,
  backcast,
  buildMeetingReport,
  buildReport,
  checkConformance,
  coverage,
  createTemplateRegistry,
  type DeepReadonly,
  type Document,
  diff,
  documentStatus,
  type Finding,
  hasErrors,
  type Indicator,
  instantiate,
  maturity,
  mergeDocuments,
  NATIONAL_TEMPLATES,
  nationalExport,
  type Plan,
  parseDocument,
  pseudonymize,
  synthesize,
  type Template,
  toMermaid,
  validate,
  writeDocument,
} from '../../src/index.js';
import { writeWorkbook } from '../../src/node/index.js';

declare const readonlyDocument: DeepReadonly<Document>;
declare const readonlyPlan: DeepReadonly<Plan>;
declare const readonlyTemplate: DeepReadonly<Template>;
declare const readonlyFindings: DeepReadonly<Finding[]>;

describe('DeepReadonly', () => {
  it('is what the model types already are: applying it again changes nothing', () => {
    expectTypeOf<DeepReadonly<Document>>().toEqualTypeOf<Document>();
    expectTypeOf<DeepReadonly<Plan>>().toEqualTypeOf<Plan>();
    expectTypeOf<DeepReadonly<Template>>().toEqualTypeOf<Template>();
  });

  it('makes arrays, maps and sets read-only, keeps tuples, functions and dates as they are', () => {
    expectTypeOf<DeepReadonly<{ a: string[] }>>().toEqualTypeOf<{ readonly a: readonly string[] }>();
    expectTypeOf<DeepReadonly<[number, string]>>().toEqualTypeOf<readonly [number, string]>();
    expectTypeOf<DeepReadonly<Map<string, { n: number }>>>().toEqualTypeOf<
      ReadonlyMap<string, { readonly n: number }>
    >();
    expectTypeOf<DeepReadonly<Set<number[]>>>().toEqualTypeOf<ReadonlySet<readonly number[]>>();
    expectTypeOf<DeepReadonly<(x: number) => string[]>>().toEqualTypeOf<(x: number) => string[]>();
    expectTypeOf<DeepReadonly<Date>>().toEqualTypeOf<Date>();
    expectTypeOf<DeepReadonly<unknown>>().toEqualTypeOf<unknown>();
  });

  it('gives a mutable copy as docs/design.md ("The public surface") shows', () => {
    const doc = readonlyDocument;
    const renamed = produce(doc, (draft) => {
      draft.region = 'Region Kronoberg';
    }); // a new Document; doc is unchanged
    const copy = structuredClone(doc) as Draft<Document>; // mutable, yours to change
    copy.plans?.[0]?.boxes.push({ id: 'ny', level: 'aktiviteter', text: 'Ny ruta' });
    expectTypeOf(renamed).toEqualTypeOf<Document>();
    validate(copy);
  });

  it('agrees with immer: an Immutable document is a Document, and produce gives a mutable draft', () => {
    expectTypeOf<Immutable<Document>>().toEqualTypeOf<Document>();
    const next = produce(readonlyDocument, (draft) => {
      expectTypeOf(draft).toEqualTypeOf<Draft<Document>>();
      draft.plans?.[0]?.boxes.push({ id: 'ny', level: 'aktiviteter', text: 'Ny ruta' });
    });
    expectTypeOf(next).toEqualTypeOf<Document>();
    const copy = structuredClone(readonlyDocument) as Draft<Document>;
    copy.region = 'Region Test';
    copy.plans?.push(castDraft(readonlyPlan));
    expectTypeOf(validate(copy).summary.ok).toEqualTypeOf<boolean>();
  });
});

describe('functions take read-only data', () => {
  it('documents: validation, drawing, writing, editing, diffs, sets', () => {
    validate(readonlyDocument);
    toMermaid(readonlyDocument);
    writeDocument(readonlyDocument, { format: 'json' });
    writeDocument(readonlyDocument, { format: 'yaml' });
    void writeWorkbook(readonlyDocument);
    applyEdit(readonlyDocument, { op: 'removeBox', plan: 'p', box: 'b' });
    addBox(readonlyDocument, { plan: 'p', box: readonlyPlan.boxes[0]! });
    diff(readonlyDocument, readonlyDocument);
    mergeDocuments([{ document: readonlyDocument, file: 'a.yaml' }]);
    pseudonymize(readonlyDocument, { salt: 'salt' });
  });

  it('documents: the follow-up reports', () => {
    documentStatus(readonlyDocument);
    synthesize(readonlyDocument);
    synthesize([readonlyDocument, readonlyDocument]);
    coverage(readonlyDocument);
    maturity(readonlyDocument);
    buildReport(readonlyDocument);
    buildMeetingReport(readonlyDocument, { body: 'rus-grupp', asOf: 2025 });
    nationalExport(readonlyDocument);
  });

  it('plans, templates and finding lists', () => {
    checkConformance(readonlyPlan, readonlyTemplate);
    instantiate(readonlyTemplate, { planId: 'p', name: 'P' });
    backcast(readonlyDocument, 'U1', readonlyTemplate, { planId: 'p', name: 'P' });
    createTemplateRegistry({ templates: [readonlyTemplate] });
    expectTypeOf(hasErrors(readonlyFindings)).toEqualTypeOf<boolean>();
  });
});

describe('what the library returns is read-only', () => {
  it('a parsed document: no push, no assignment; reading needs no cast', () => {
    const parsed = parseDocument('');
    if (!parsed.ok) return;
    const doc = parsed.value;
    expectTypeOf(doc).toEqualTypeOf<Document>();
    expectTypeOf(doc.plans?.[0]?.boxes[0]?.text).toEqualTypeOf<string | undefined>();
    expectTypeOf(doc.plans?.[0]?.boxes.map((b) => b.level)).toEqualTypeOf<
      Plan['boxes'][number]['level'][] | undefined
    >();
    // @ts-expect-error the plans of a parsed document are read-only
    doc.plans?.push(readonlyPlan);
    // @ts-expect-error so are the boxes of a plan
    doc.plans?.[0]?.boxes.push(readonlyPlan.boxes[0]!);
    // @ts-expect-error and a box's text
    doc.plans![0]!.boxes[0]!.text = 'ändrad';
    // @ts-expect-error and an indicator's measurements
    doc.plans![0]!.boxes[0]!.indicators![0]!.measurements!.push({ period: 2025, value: 1 });
    // @ts-expect-error and the document's own fields
    doc.region = 'Region Test';
  });

  it('findings: no assignment to a severity, no push on a list', () => {
    const report = validate(readonlyDocument);
    expectTypeOf(report.findings[0]!.severity).toEqualTypeOf<'error' | 'warning' | 'info'>();
    // @ts-expect-error a finding's severity is read-only
    report.findings[0]!.severity = 'info';
    // @ts-expect-error a finding's location is read-only
    report.findings[0]!.location.path = [];
    const parsed = parseDocument('');
    // @ts-expect-error the findings of a parse are read-only
    parsed.findings.push(report.findings[0]!);
  });

  it('an edited document, and a template from the registry', () => {
    const edited = applyEdit(readonlyDocument, { op: 'removeBox', plan: 'p', box: 'b' });
    if (edited.ok) {
      expectTypeOf(edited.document).toEqualTypeOf<Document>();
      // @ts-expect-error the document an edit returns is frozen
      edited.document.plans![0]!.boxes.length = 0;
    }
    const template = createTemplateRegistry().get('kunskap-strategier')!;
    // @ts-expect-error a template's boxes are read-only
    template.boxes.push(template.boxes[0]!);
    // @ts-expect-error and so is a national template's name
    NATIONAL_TEMPLATES[0]!.name = 'ändrad';
  });

  it('follow-up reports', () => {
    const status = documentStatus(readonlyDocument);
    // @ts-expect-error the plans of a status report are read-only
    status.plans.push(status.plans[0]!);
    const synthesis = synthesize(readonlyDocument);
    // @ts-expect-error the rows of a synthesis are read-only
    synthesis.rows.length = 0;
    const plan = instantiate(readonlyTemplate, { planId: 'p', name: 'P' });
    expectTypeOf(plan).toEqualTypeOf<Plan>();
    const indicator: Indicator | undefined = plan.boxes[0]?.indicators?.[0];
    // @ts-expect-error an instantiated plan's indicators are read-only
    if (indicator) indicator.name = 'ändrad';
  });
});
