import { describe, expect, it } from 'vitest';
import { hintOf, messageOf } from '../../src/findings/create.js';
import { LineIndex } from '../../src/io/position.js';
import { explainYamlErrors } from '../../src/io/yaml-syntax.js';

// When the YAML parser runs out of stack (block nesting thousands of levels deep, which the
// depth limit cannot count first) the finding must say so, not blame indentation or colons.
describe('a parser out of stack', () => {
  const text = 'formatVersion: 1\nx-a:\n  a:\n    a: 1\n';
  const finding = explainYamlErrors(
    text,
    [
      {
        code: 'RESOURCE_EXHAUSTION',
        offset: text.indexOf('    a'),
        message: 'Maximum call stack size exceeded',
      },
    ],
    new LineIndex(text),
  );

  it('is a located SYNTAX_ERROR whose cause is the nesting', () => {
    expect(finding).toMatchObject({
      code: 'SYNTAX_ERROR',
      location: { line: 4, column: 1 },
      details: { cause: 'nesting', parserCode: 'RESOURCE_EXHAUSTION' },
    });
  });

  it('says in both languages that the structure is nested too deep and names maxDepth', () => {
    expect(messageOf(finding, 'sv')).toContain('nästlad i fler nivåer än läsaren kan följa');
    expect(messageOf(finding, 'en')).toContain('nested deeper than the reader can follow');
    expect(hintOf(finding, 'sv')).toContain('maxDepth');
    expect(hintOf(finding, 'en')).toContain('maxDepth');
  });
});
