import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's first command is what a new user runs first: it must show the tool at work.
const readme = readFileSync('README.md', 'utf8');
const commands = /```sh\n([\s\S]*?)```/.exec(readme)![1]!.split('\n').filter(Boolean);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe("the README's first commands", () => {
  it('first runs the forsta-timmen script quietly, second runs the tests', () => {
    expect(commands[0]).toMatch(/^npm ci --silent && npm run --silent forsta-timmen\s+#/);
    expect(commands[1]).toMatch(/^npm ci && npm test\s+#/);
    // The build's chatter goes nowhere.
    expect(scripts['forsta-timmen']).toMatch(/^npm run build --silent >\/dev\/null 2>&1 && /);
  });

  it('shows a real finding in Swedish with its location, and prints the path of the diagram it wrote', () => {
    // The script without its build step (the tests run against the built package).
    const run = scripts['forsta-timmen']!.replace(/^npm run build --silent >\/dev\/null 2>&1 && /, '');
    rmSync('forsta-timmen.html', { force: true });
    const out = execFileSync('sh', ['-c', run], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(out).toMatch(
      /varning LINK_SKIPS_LEVEL \(\d+:\d+ plans\[0\]\.links\[\d+\]\): Länken «Nätverksträffar om export»/,
    );
    expect(out).toContain('1 fil, 1 plan: 0 fel, 1 varning, 0 info');
    expect(out).toContain('forsta-timmen.html');
    expect(existsSync('forsta-timmen.html')).toBe(true);
    expect(readFileSync('forsta-timmen.html', 'utf8')).toContain('Nätverksträffar om export');
    rmSync('forsta-timmen.html', { force: true });
  }, 60_000);
});
