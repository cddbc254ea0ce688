// YAML read path: `node --expose-gc --import tsx bench/yaml.ts [plans-per-region…]` (default 48 476).
// In turns, on the same data: JSON.parse of the JSON text, js-yaml `load` and `yaml` `parse` of
// the YAML text, and our parse + validate of the YAML text. Peak memory: each task in a child
// process, its peak resident set (the kernel's high-water mark, so inside calls too) above
// the process with the texts loaded and nothing parsed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parse, stringify } from 'yaml';
import { parseDocument, validate } from '../src/index.js';
import { YAML_READ_OPTIONS } from '../src/io/yaml-fast.js';
import { generateNation } from './generate.js';
import { clockName, medians, table } from './measure.js';

const [task, file] = process.argv.slice(2);
if (task === '--child') {
  // Child: argv = --child <task> <file>
  const [, what, path] = process.argv.slice(2);
  // Texts split by a character neither format holds raw, so loading them allocates no parsed copy.
  const texts = {
    json: readFileSync(`${path}.json`, 'utf8').split('\n'),
    yaml: readFileSync(`${path}.yaml`, 'utf8').split('\u0000'),
  };
  global.gc?.();
  const before = process.resourceUsage().maxRSS;
  const keep: unknown[] = [];
  for (let i = 0; i < texts.json.length; i++) {
    if (what === 'json') keep.push(JSON.parse(texts.json[i]!));
    else if (what === 'js-yaml') keep.push(load(texts.yaml[i]!));
    else {
      const r = parseDocument(texts.yaml[i]!, { format: 'yaml' });
      if (r.ok) validate(r.value);
      keep.push(r);
    }
  }
  console.log(
    JSON.stringify({ peakMB: (process.resourceUsage().maxRSS - before) / 1024, kept: keep.length }),
  );
  process.exit(0);
}
void file;

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const perRegions = sizes.length ? sizes : [48, 476];
console.log(`YAML read path — times are ${clockName}, medians in turns\n`);
const rows: (string | number)[][] = [];
const memRows: (string | number)[][] = [];
for (const perRegion of perRegions) {
  const docs = generateNation(perRegion);
  const json = docs.map((d) => JSON.stringify(d));
  const yaml = docs.map((d) => stringify(d, { lineWidth: 0 }));
  const mb = yaml.reduce((n, t) => n + t.length, 0) / 1e6;
  const kept: { value: unknown[] } = { value: [] };
  const withYamlLib = perRegion <= 100;
  const tasks: Record<string, () => void> = {
    json: () => {
      kept.value = [];
      kept.value = json.map((t) => JSON.parse(t));
    },
    jsyaml: () => {
      kept.value = [];
      kept.value = yaml.map((t) => load(t));
    },
    ours: () => {
      kept.value = [];
      kept.value = yaml.map((t) => {
        const r = parseDocument(t, { format: 'yaml' });
        if (!r.ok) throw new Error('generated YAML must parse');
        validate(r.value);
        return r;
      });
    },
  };
  // `yaml` costs ~100× JSON.parse: timed at the small size only.
  if (withYamlLib)
    tasks.yamlLib = () => {
      kept.value = [];
      kept.value = yaml.map((t) => parse(t, YAML_READ_OPTIONS));
    };
  const t = medians(tasks, perRegion > 100 ? 3 : 5);
  kept.value = [];
  rows.push([
    perRegion * 21,
    mb.toFixed(1),
    t.json!.toFixed(0),
    t.jsyaml!.toFixed(0),
    withYamlLib ? t.yamlLib!.toFixed(0) : '—',
    t.ours!.toFixed(0),
    (t.jsyaml! / t.json!).toFixed(2),
    withYamlLib ? (t.yamlLib! / t.json!).toFixed(1) : '—',
    (t.ours! / t.jsyaml!).toFixed(2),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'effektkedja-yaml-'));
  const path = join(dir, 'texts');
  writeFileSync(`${path}.json`, json.join('\n'));
  writeFileSync(`${path}.yaml`, yaml.join('\u0000'));
  const peak = (what: string) =>
    (
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '--expose-gc',
            '--max-old-space-size=8192',
            '--import',
            'tsx',
            'bench/yaml.ts',
            '--child',
            what,
            path,
          ],
          { encoding: 'utf8' },
        ),
      ) as { peakMB: number }
    ).peakMB;
  const pj = peak('json');
  const py = peak('js-yaml');
  const po = peak('ours');
  memRows.push([perRegion * 21, pj.toFixed(0), py.toFixed(0), po.toFixed(0), (po / pj).toFixed(2)]);
}
console.log(
  table(
    [
      'plans',
      'YAML MB',
      'JSON.parse ms',
      'js-yaml load ms',
      'yaml parse ms',
      'parse + validate (YAML) ms',
      'js-yaml / JSON.parse',
      'yaml / JSON.parse',
      'ours / js-yaml (bar ≤ 1.5)',
    ],
    rows,
  ),
);
console.log('\nPeak resident memory above the loaded texts, each task in its own process\n');
console.log(
  table(
    [
      'plans',
      'JSON.parse MB',
      'js-yaml load MB',
      'parse + validate (YAML) MB',
      'ours / JSON.parse (bar ≤ 4)',
    ],
    memRows,
  ),
);
