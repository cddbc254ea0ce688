import { z } from 'zod';

const Bilingual = z.object({ sv: z.string(), en: z.string() });

/** The schema of a finding as JSON: what `effektkedja validate --format json` prints for each one. */
export const FindingJson = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  severity: z.enum(['error', 'warning', 'info']),
  location: z.object({
    file: z.string().optional(),
    line: z.number().int().positive().optional(),
    column: z.number().int().positive().optional(),
    path: z.array(z.union([z.string(), z.number().int().nonnegative()])).optional(),
    plan: z.string().optional(),
    box: z.string().optional(),
    link: z.object({ from: z.string(), to: z.string() }).optional(),
    goal: z.string().optional(),
    indicator: z.string().optional(),
    sheet: z.string().optional(),
    row: z.number().int().positive().optional(),
    cell: z.string().optional(),
  }),
  details: z.record(
    z.string(),
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))]),
  ),
  message: Bilingual,
  hint: Bilingual.optional(),
});

/** The schema of a validation report as JSON (`effektkedja validate --format json`). */
export const ValidationReportJson = z.object({
  files: z.array(z.string()),
  summary: z.object({
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    infos: z.number().int().nonnegative(),
    plans: z.number().int().nonnegative(),
    ok: z.boolean(),
  }),
  findings: z.array(FindingJson),
});

/** The JSON Schema (draft 2020-12) of a validation report, for systems that read the CLI's JSON. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ValidationReportJson, { target: 'draft-2020-12' }),
    $id: 'urn:effektkedja:validation-report:v1',
    title: 'Effektkedja validation report',
  };
}
