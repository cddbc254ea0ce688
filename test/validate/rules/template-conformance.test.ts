import { describe } from 'vitest';
import { templateConformance } from '../../../src/validate/rules/template-conformance.js';
import { failsAndPasses, plan } from './support.js';

describe('template-conformance', () => {
  failsAndPasses(
    templateConformance,
    'TEMPLATE_UNKNOWN',
    (d) => void (plan(d).template = 'kunskap-strategi'),
    (d) => void delete plan(d).template,
  );
});
