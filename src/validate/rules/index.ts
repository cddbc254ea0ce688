import type { Rule } from '../rule.js';
import { arshjulReferences } from './arshjul.js';
import { classification } from './classification.js';
import { contributionRule } from './contribution.js';
import { cycles } from './cycles.js';
import { disaggregation } from './disaggregation.js';
import { duplicateIds } from './duplicate-ids.js';
import { families } from './families.js';
import { goalLinks } from './goal-links.js';
import { horizons } from './horizons.js';
import { indicatorBaselineTarget } from './indicator-baseline-target.js';
import { indicatorValues } from './indicator-values.js';
import { isolatedBox } from './isolated-box.js';
import { levelMissing } from './level-missing.js';
import { linkDirection } from './link-direction.js';
import { linkReferences } from './link-references.js';
import { measurementUnits } from './measurement-units.js';
import { outputIndicator } from './output-indicator.js';
import { participantsRule } from './participants.js';
import { placeholder } from './placeholder.js';
import { planReachesRus } from './plan-reaches-rus.js';
import { reachability } from './reachability.js';
import { repeatedValues } from './repeated-values.js';
import { rollupMappings } from './rollup-mappings.js';
import { spanOrder } from './span-order.js';
import { strategyCoverage } from './strategy-coverage.js';
import { strategyPresent } from './strategy-present.js';
import { targetPeriod } from './target-period.js';
import { templateConformance } from './template-conformance.js';
import { timeline } from './timeline.js';
import { understrategiServes } from './understrategi-serves.js';

/** The built-in rules, in the order they run. */
export const BUILT_IN_RULES: readonly Rule[] = [
  duplicateIds,
  linkReferences,
  linkDirection,
  cycles,
  reachability,
  isolatedBox,
  levelMissing,
  placeholder,
  outputIndicator,
  indicatorBaselineTarget,
  indicatorValues,
  measurementUnits,
  timeline,
  repeatedValues,
  targetPeriod,
  spanOrder,
  strategyPresent,
  goalLinks,
  planReachesRus,
  understrategiServes,
  strategyCoverage,
  horizons,
  classification,
  templateConformance,
  rollupMappings,
  arshjulReferences,
  participantsRule,
  families,
  contributionRule,
  disaggregation,
];
