// Reading a folder on worker threads (src/node/read-pool.ts): the same documents, findings
// and order as reading it in one thread. The workers run from the build (dist/esm, made by
// `npm test`'s pretest), as they do for a user; the TypeScript source has no worker script.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateFolder } from '../../bench/generate.js';
import { WORKER_MIN_BYTES, workerCount } from '../../src/node/read-pool.js';

const DIST = pathToFileURL(join(process.cwd(), 'dist/esm/node/')).href;
type NodeApi = typeof import('../../src/node/index.js');
type CoreApi = typeof import('../../src/index.js');
type Pool = typeof import('../../src/node/read-pool.js');
type ParseResultLike = ReturnType<Parameters<Pool['readInWorkers']>[6] & {}>;
let api: NodeApi;
let core: CoreApi;
let pool: Pool;
let folder: string;

beforeAll(async () => {
  api = (await import(`${DIST}index.js`)) as NodeApi;
  core = (await import(`${DIST}../index.js`)) as CoreApi;
  pool = (await import(`${DIST}read-pool.js`)) as Pool;
  folder = mkdtempSync(join(tmpdir(), 'effektkedja-jobs-'));
  // Single-plan files of three regions with defects, YAML and JSON, and files that cannot be read.
  const yaml = generateFolder(12, { regions: 3, defectRate: 0.3, seed: 7 }, (d) => stringify(d), 'yaml');
  const json = generateFolder(6, { regions: 2, defectRate: 0.3, seed: 8 });
  for (const [files, sub] of [
    [yaml, 'yaml'],
    [json, 'json'],
  ] as const) {
    for (const [name, text] of files) {
      mkdirSync(dirname(join(folder, sub, name)), { recursive: true });
      writeFileSync(join(folder, sub, name), text);
    }
  }
  writeFileSync(join(folder, 'yaml/region-01/trasig.yaml'), 'formatVersion: 1\nregion: Region 1\nplans: [\n');
  writeFileSync(
    join(folder, 'yaml/region-02/dubbel.yaml'),
    'formatVersion: 1\nregion: Region 2\nregion: Region 3\n',
  );
  writeFileSync(join(folder, 'json/latin1.json'), Buffer.from([0x7b, 0x22, 0xe5, 0x22, 0x7d]));
  writeFileSync(
    join(folder, 'yaml/region-03/stor.yaml'),
    `formatVersion: 1\nplans: []\n# ${'x'.repeat(200_000)}\n`,
  );
}, 120_000);

// Everything a caller sees of a read and validated set, as text.
async function readAndValidate(paths: readonly string[], jobs: number): Promise<string> {
  const loaded = await api.loadRegionSets(paths, {
    jobs,
    workerMinBytes: 0,
    limits: { maxYamlChars: 100_000 },
  });
  const findings = [...loaded.findings];
  for (const { set } of loaded.sets)
    findings.push(...core.validate(set.document, { locate: (f) => set.locate(f) }).findings);
  return JSON.stringify({ files: loaded.files, findings, documents: loaded.sets.map((s) => s.set.document) });
}

describe('reading a folder on worker threads', () => {
  it('reads in this thread for one job or under 16 MiB, else one worker per job, at most one per file', () => {
    const big = WORKER_MIN_BYTES;
    expect(workerCount(1000, 1, big)).toBe(1);
    expect(workerCount(1000, undefined, big)).toBe(1);
    expect(pool.workerCount(1000, 8, big - 1)).toBe(1);
    expect(pool.workerCount(1, 8, big)).toBe(1);
    // The source has no worker script: it reads in this thread; the build has one.
    expect(workerCount(1000, 2, big)).toBe(1);
    expect(pool.workerCount(1000, 2, big)).toBe(2);
    expect(pool.workerCount(40, 500, big)).toBe(40);
    expect(pool.workerCount(40, 2, 10, 0)).toBe(2);
  });

  it('gives the same documents, findings, locations and order with -j 1, -j 2 and -j 3', async () => {
    const paths = [folder, 'examples'];
    const one = await readAndValidate(paths, 1);
    // -j 2: one worker and this thread reading from one queue; -j 3: two workers and this thread.
    const two = await readAndValidate(paths, 2);
    expect(two).toBe(one);
    expect(await readAndValidate(paths, 3)).toBe(one);
    const findings = JSON.parse(one).findings as {
      code: string;
      location: { file?: string; line?: number };
    }[];
    const codes = new Set(findings.map((f) => f.code));
    // The folder's defects are there: syntax, duplicate key, not UTF-8, the size limit, and rule findings.
    for (const code of ['SYNTAX_ERROR', 'DUPLICATE_KEY', 'FILE_UNREADABLE', 'LIMIT_EXCEEDED'])
      expect(codes).toContain(code);
    expect(codes.size).toBeGreaterThan(6);
    // Rule findings in the generated plan files carry the file and line of the plan file.
    expect(findings.some((f) => /plan-\d+\.yaml$/.test(f.location.file ?? '') && f.location.line)).toBe(true);
  }, 120_000);

  it('starts the CommonJS worker bundle for the ES modules too (it starts sooner than the modules one by one)', () => {
    expect(pool.workerScript()?.href).toBe(pathToFileURL(join(process.cwd(), 'dist/read-worker.cjs')).href);
  });

  it('counts every file read, from 0 to the total', async () => {
    const seen: number[] = [];
    const loaded = await api.loadDocumentSet([join(folder, 'yaml')], {
      jobs: 2,
      workerMinBytes: 0,
      onFile: (read, total) => seen.push(read, total),
    });
    const n = loaded.files.length;
    expect(seen.slice(0, 2)).toEqual([0, n]);
    expect(seen.slice(-2)).toEqual([n, n]);
    expect(seen.length).toBe(2 * (n + 1));
  }, 60_000);

  it('shares one queue between the workers and this thread: every file read once, by one of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-share-'));
    const names = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}.yaml`);
    for (const n of names) writeFileSync(join(dir, n), `formatVersion: 1\nregion: R\nplans: []\n# ${n}\n`);
    const byWorker: number[] = [];
    const here: number[] = [];
    const files = (await import(`${DIST}files.js`)) as typeof import('../../src/node/files.js');
    await pool.readInWorkers(
      names.map((n) => join(dir, n)),
      names,
      1,
      {},
      (k, r) => {
        expect(r.ok).toBe(true);
        byWorker.push(k);
      },
      undefined,
      (k) => {
        here.push(k);
        return files.readDocumentTextSync(join(dir, names[k]!)).result;
      },
    );
    // `done` is called for every file, those read here included; each file is read by one thread only.
    expect([...byWorker].sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
    expect(here.length).toBeGreaterThan(0);
    expect(new Set(here).size).toBe(here.length);
  }, 60_000);

  it('hands back from a worker what a JSON text cannot hold: -0, NaN, infinities, one object in two places', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-exact-'));
    const names = ['alias.yaml', 'numbers.yaml', 'plain.yaml'];
    const texts = [
      'formatVersion: 1\nregion: R\nx-a: &a { k: [1, 2] }\nx-b: *a\nplans: []\n',
      'formatVersion: 1\nregion: R\nx-z: -0\nx-n: .nan\nx-i: -.inf\nplans: []\n',
      'formatVersion: 1\nregion: R\nx-z: 0\nx-n: 1.5\nplans: []\n',
    ];
    for (const [i, n] of names.entries()) writeFileSync(join(dir, n), texts[i]!);
    const values: Record<string, unknown>[] = [];
    await pool.readInWorkers(
      names.map((n) => join(dir, n)),
      names,
      1,
      {},
      (k, r) => {
        expect(r.ok).toBe(true);
        if (r.ok) values[k] = r.value as unknown as Record<string, unknown>;
      },
    );
    const [alias, numbers, plain] = values;
    expect(alias!['x-a']).toEqual({ k: [1, 2] });
    expect(alias!['x-a']).toBe(alias!['x-b']);
    expect(Object.is(numbers!['x-z'], -0)).toBe(true);
    expect(numbers!['x-n']).toBeNaN();
    expect(numbers!['x-i']).toBe(Number.NEGATIVE_INFINITY);
    expect(Object.is(plain!['x-z'], 0)).toBe(true);
    expect(plain!['x-n']).toBe(1.5);
  }, 60_000);

  it('turns a crashed worker into a located finding for the file it was reading; the others are read', async () => {
    // A worker that dies on the file named boom, and reads the others as the real one does.
    const script = new URL(
      `data:text/javascript,${encodeURIComponent(`
        import { parentPort, workerData } from 'node:worker_threads';
        const { readDocumentTextSync } = await import(${JSON.stringify(`${DIST}files.js`)});
        const { SharedQueue } = await import(${JSON.stringify(`${DIST}read-pool.js`)});
        const queue = new SharedQueue(workerData.paths.length, workerData.queue);
        for (let k = queue.take(workerData.slot); k >= 0; k = queue.take(workerData.slot)) {
          const path = workerData.paths[k];
          if (path.endsWith('boom.yaml')) throw new Error('boom');
          const { result, text, format } = readDocumentTextSync(path);
          parentPort.postMessage({ id: k, ok: result.ok, value: result.value, findings: [], hasSource: true, text, format });
        }`)}`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-crash-'));
    const names = ['a.yaml', 'boom.yaml', 'c.yaml', 'd.yaml'];
    for (const n of names) writeFileSync(join(dir, n), 'formatVersion: 1\nregion: R\nplans: []\n');
    const results: {
      ok: boolean;
      findings: readonly { code: string; location: object; details: object }[];
    }[] = [];
    await pool.readInWorkers(
      names.map((n) => join(dir, n)),
      names,
      1,
      {},
      (k, r) => {
        results[k] = r;
      },
      script,
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    expect(results[1]!.findings).toMatchObject([
      {
        code: 'FILE_UNREADABLE',
        location: { file: 'boom.yaml' },
        details: { file: 'boom.yaml', reason: 'worker-crashed', detail: 'boom' },
      },
    ]);
  }, 60_000);

  it('gives every file a finding when the only worker cannot start, and reads them here when this thread reads too', async () => {
    const script = new URL(`data:text/javascript,${encodeURIComponent("throw new Error('no start')")}`);
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-nostart-'));
    const names = ['a.yaml', 'b.yaml', 'c.yaml'];
    for (const n of names) writeFileSync(join(dir, n), 'formatVersion: 1\nregion: R\nplans: []\n');
    const files = (await import(`${DIST}files.js`)) as typeof import('../../src/node/files.js');
    const alone: { code: string | undefined; reason: unknown }[] = [];
    await pool.readInWorkers(
      names.map((n) => join(dir, n)),
      names,
      1,
      {},
      (k, r) => {
        alone[k] = { code: r.findings[0]?.code, reason: r.findings[0]?.details.reason };
      },
      script,
    );
    expect(alone).toEqual(names.map(() => ({ code: 'FILE_UNREADABLE', reason: 'worker-crashed' })));
    const withHere: boolean[] = [];
    await pool.readInWorkers(
      names.map((n) => join(dir, n)),
      names,
      1,
      {},
      (k, r) => {
        withHere[k] = r.ok;
      },
      script,
      (k) => files.readDocumentTextSync(join(dir, names[k]!)).result,
    );
    expect(withHere).toEqual([true, true, true]);
  }, 60_000);

  it('ends with every file answered when workers die between files or between taking a file and noting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'effektkedja-gaps-'));
    const names = ['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', 'e.yaml'];
    for (const n of names) writeFileSync(join(dir, n), 'formatVersion: 1\nregion: R\nplans: []\n');
    const worker = (body: string) =>
      new URL(
        `data:text/javascript,${encodeURIComponent(`
          import { parentPort, workerData } from 'node:worker_threads';
          const { readDocumentTextSync } = await import(${JSON.stringify(`${DIST}files.js`)});
          const { SharedQueue } = await import(${JSON.stringify(`${DIST}read-pool.js`)});
          const queue = new SharedQueue(workerData.paths.length, workerData.queue);
          ${body}`)}`,
      );
    // Reads one file, sends it back and dies before taking the next: a new worker goes on.
    const oneEach = worker(`
      const k = queue.take(workerData.slot);
      if (k >= 0) {
        const { result, text, format } = readDocumentTextSync(workerData.paths[k]);
        parentPort.postMessage({ id: k, ok: result.ok, value: result.value, findings: [], hasSource: true, text, format });
        throw new Error('gone');
      }`);
    // Takes a file with no note of it and dies: that file is lost, the others are read.
    const taken = join(dir, 'taken');
    const lost = worker(`
      Atomics.add(queue.cells, 0, 1);
      (await import('node:fs')).writeFileSync(${JSON.stringify(taken)}, '');
      throw new Error('lost');`);
    const files = (await import(`${DIST}files.js`)) as typeof import('../../src/node/files.js');
    // This thread reads only once the worker has taken its file.
    const readHere = (k: number) => {
      const pause = new Int32Array(new SharedArrayBuffer(4));
      for (let i = 0; i < 2000 && !existsSync(taken); i++) Atomics.wait(pause, 0, 0, 10);
      return files.readDocumentTextSync(join(dir, names[k]!)).result;
    };
    const run = async (script: URL, here?: (k: number) => ParseResultLike) => {
      const out: string[] = [];
      await pool.readInWorkers(
        names.map((n) => join(dir, n)),
        names,
        1,
        {},
        (k, r) => {
          out[k] = r.ok ? 'ok' : `${r.findings[0]?.code}:${r.findings[0]?.details.reason}`;
        },
        script,
        here,
      );
      return out;
    };
    expect(await run(oneEach)).toEqual(names.map(() => 'ok'));
    const unreadable = 'FILE_UNREADABLE:worker-crashed';
    expect(await run(lost)).toEqual(names.map(() => unreadable));
    // This thread takes the first file at once, then waits until the worker has taken (and lost) the second.
    rmSync(taken);
    expect(await run(lost, readHere)).toEqual(['ok', unreadable, 'ok', 'ok', 'ok']);
  }, 60_000);

  it('starts workers from a script given with node --input-type=module -e (the flag is not passed on)', () => {
    const code = `
      const { loadDocumentSet } = await import(${JSON.stringify(`${DIST}index.js`)});
      const r = await loadDocumentSet(['examples/kronoberg.yaml', 'examples/forsta-timmen.yaml'], { jobs: 2, workerMinBytes: 0 });
      console.log(JSON.stringify(r.findings.map((f) => f.details.reason ?? f.code)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('worker-crashed');
  }, 60_000);

  it('starts workers in a process run with flags a worker refuses (--expose-gc, --max-old-space-size)', () => {
    const code = `
      const { loadDocumentSet } = await import(${JSON.stringify(`${DIST}index.js`)});
      const r = await loadDocumentSet(['examples/kronoberg.yaml', 'examples/forsta-timmen.yaml'], { jobs: 2, workerMinBytes: 0 });
      console.log(JSON.stringify({ plans: r.set.document.plans?.length ?? 0, findings: r.findings.map((f) => f.code) }));`;
    const flags = ['--expose-gc', '--max-old-space-size=2048', '--input-type=module', '-e', code];
    const r = spawnSync(process.execPath, flags, { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const one = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', code.replace('jobs: 2', 'jobs: 1')],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(r.stdout).plans).toBeGreaterThan(0);
  }, 60_000);

  describe('threads that wait for the next set', () => {
    // Only the worker reads (no `here`): what it answers shows which set's options it read with.
    async function onlyWorker(paths: readonly string[], limits: object): Promise<string[]> {
      const out: string[] = [];
      await pool.readInWorkers(paths, paths, 1, { limits }, (k, r) => {
        out[k] = r.ok ? 'ok' : r.findings.map((f) => f.code).join(',');
      });
      return out;
    }

    it('reads the next set on the worker of the last one, with the new set’s files and options', async () => {
      pool.readThreads({ keepWarm: 'default' });
      const dir = mkdtempSync(join(tmpdir(), 'effektkedja-warm-'));
      const small = join(dir, 'liten.yaml');
      const big = join(dir, 'stor.yaml');
      writeFileSync(small, 'formatVersion: 1\nregion: R\nplans: []\n');
      writeFileSync(big, `formatVersion: 1\nregion: R\nplans: []\n# ${'x'.repeat(2_000)}\n`);
      const { started } = pool.readThreads();
      expect(await onlyWorker([small, big], { maxYamlChars: 1_000 })).toEqual(['ok', 'LIMIT_EXCEEDED']);
      // Resolved: the worker has read its share and waits.
      expect(pool.readThreads()).toEqual({ started: started + 1, idle: 1 });
      expect(await onlyWorker([big, small], {})).toEqual(['ok', 'ok']);
      expect(await onlyWorker([big], { maxYamlChars: 1_000 })).toEqual(['LIMIT_EXCEEDED']);
      expect(pool.readThreads()).toEqual({ started: started + 1, idle: 1 });
      // And a folder read with -j 2 gives what it gives in one thread, on that worker.
      expect(await readAndValidate([folder], 2)).toBe(await readAndValidate([folder], 1));
      expect(pool.readThreads()).toEqual({ started: started + 1, idle: 1 });
    }, 60_000);

    it('ends an idle worker after the time it waits, or at once when that time is 0', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'effektkedja-idle-'));
      const file = join(dir, 'a.yaml');
      writeFileSync(file, 'formatVersion: 1\nregion: R\nplans: []\n');
      try {
        pool.readThreads({ keepWarm: 0 });
        const { started } = pool.readThreads();
        expect(await onlyWorker([file], {})).toEqual(['ok']);
        expect(pool.readThreads()).toEqual({ started: started + 1, idle: 0 });
        pool.readThreads({ keepWarm: 300 });
        expect(await onlyWorker([file], {})).toEqual(['ok']);
        expect(pool.readThreads()).toEqual({ started: started + 2, idle: 1 });
        for (let i = 0; i < 100 && pool.readThreads().idle > 0; i++)
          await new Promise((r) => setTimeout(r, 50));
        expect(pool.readThreads().idle).toBe(0);
      } finally {
        pool.readThreads({ keepWarm: 'default' });
      }
    }, 60_000);

    it('lets the process exit while a worker waits', () => {
      // Waiting ten minutes: if the idle worker held the process, it would outlive the timeout.
      const code = `
        const { loadDocumentSet } = await import(${JSON.stringify(`${DIST}index.js`)});
        const { readThreads } = await import(${JSON.stringify(`${DIST}read-pool.js`)});
        readThreads({ keepWarm: 600000 });
        const r = await loadDocumentSet(['examples/kronoberg.yaml', 'examples/forsta-timmen.yaml'], { jobs: 2, workerMinBytes: 0 });
        console.log(JSON.stringify({ plans: r.set.document.plans?.length ?? 0, threads: readThreads() }));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.plans).toBeGreaterThan(0);
      expect(out.threads).toEqual({ started: 1, idle: 1 });
    }, 60_000);
  });
});
