import { describe, expect, it } from 'vitest';
import { cli } from '../cli/harness.js';
import { codeBlocks } from './markdown.js';

// A `sh` block marked `<!-- cli-example -->` in docs/cli.md is run as written, and the `text`
// block after it is what it prints.
const blocks = codeBlocks('cli.md');
const examples = blocks.flatMap((b, i) =>
  b.markers.has('cli-example') && blocks[i + 1]?.lang === 'text'
    ? [{ command: b, output: blocks[i + 1]! }]
    : [],
);

describe('examples in docs/cli.md', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const { command, output } of examples) {
    it(`docs/cli.md:${command.line} prints what the page shows`, async () => {
      const words = command.text.trim().split(/\s+/);
      expect(words[0]).toBe('effektkedja');
      const r = await cli(words.slice(1));
      expect(r.code).toBe(0);
      // CSV lines end with CRLF (RFC 4180); the page shows them as plain lines.
      expect(r.stdout.replaceAll('\r\n', '\n')).toBe(output.text);
    });
  }
});
