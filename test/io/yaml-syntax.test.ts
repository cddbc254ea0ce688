import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/io/position.js';
import { explainYamlErrors } from '../../src/io/yaml-syntax.js';
import { findingData } from '../support/findings.js';

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
    expect(findingData(finding)).toEqual({
      code: 'SYNTAX_ERROR',
      details: { cause: 'nesting', format: 'YAML', parserCode: 'RESOURCE_EXHAUSTION', source: '    a: 1' },
      location: { column: 1, line: 4 },
      severity: 'error',
    });
  });
});
