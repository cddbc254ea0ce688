import { describe } from 'vitest';
import { placeholder } from '../../../src/validate/rules/placeholder.js';
import { box, ruleCases } from './support.js';

describe('placeholder', () => {
  ruleCases(placeholder, [
    ['PLACEHOLDER_LEFT', (d) => void (box(d, 'u').placeholder = true), ['PLACEHOLDER_LEFT']],
  ]);
});
