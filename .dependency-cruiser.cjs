// The layers of src/, lowest first (docs/design.md draws them). A module may import from its own
// layer and the layers below it, never from a layer above, and no import may close a circle.
// `npm run depcheck` runs this in CI. An entry is a folder or a single file; a file named on its own
// (findings/create.ts) sits in its own layer, not in its folder's.
const LAYERS = [
  ['model'],
  ['text', 'collections'],
  ['findings'],
  ['locales', 'findings/create.ts'],
  ['io'],
  ['graph'],
  ['templates', 'participants', 'validate'],
  ['mermaid', 'edit', 'followup', 'contribution', 'spreadsheet'],
  ['index.ts', 'node'],
  ['cli'],
];

const folder = (name) => (name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`);

const upward = LAYERS.slice(0, -1).flatMap((layer, i) =>
  layer.map((name) => ({
    name: `no-upward-from-${name}`,
    comment: `${name} is in layer ${i + 1}: it may not import from a layer above it`,
    severity: 'error',
    from: {
      path: folder(name),
      pathNot: LAYERS.flat()
        .filter((other) => other.startsWith(`${name}/`))
        .map(folder),
    },
    to: { path: LAYERS.slice(i + 1).flat().map(folder) },
  })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import that closes a circle: the modules can no longer be understood one at a time',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'core-runs-in-browsers',
      comment: 'the core entry point must run in a browser: Node built-ins only under src/node and src/cli',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(node|cli)/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
