import { castDraft, type Draft } from 'immer';
import { createFinding } from '../findings/create.js';
import type { Document } from '../model/document.js';
import { type Indicator, Measurement, Target } from '../model/indicator.js';
import { checkValue, commit, refuse } from './commit.js';
import { sameJson } from './equal.js';
import { at, findIndicator, isFinding } from './find.js';
import { takeInput } from './input.js';
import type { EditOptions, EditResult, RecordMeasurement, SetTarget } from './types.js';

/**
 * Sets an indicator's target for the target's year: replaces the target of that
 * year, or adds one in year order. A reason is required; a change log records it.
 */
export function setTarget(document: Document, given: SetTarget, givenOptions?: EditOptions): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findIndicator(document, input);
  if (isFinding(found)) return refuse(found);
  const location = {
    indicator: found.indicator.id,
    path: [...found.path, 'targets'],
    ...(found.plan !== undefined && { plan: found.plan }),
    ...(found.box !== undefined && { box: found.box }),
    ...(input.goal !== undefined && { goal: input.goal }),
  };
  if (typeof input.reason !== 'string' || input.reason.trim() === '') {
    return refuse(createFinding('EDIT_REASON_REQUIRED', location, { indicator: found.indicator.id }));
  }
  const checked = checkValue(Target, input.target, 'target', location);
  if (checked.findings.length) return refuse(checked.findings);
  const target = checked.value as Target;
  const targets = found.indicator.targets ?? [];
  const same = targets.findIndex((t) => t.year === target.year);
  const unchanged = same >= 0 && sameJson(targets[same], target);
  let insertAt = targets.length;
  while (insertAt > 0 && targets[insertAt - 1]!.year > target.year) insertAt--;
  return commit(
    document,
    { op: 'setTarget', ...input },
    {
      plans: found.planIndex === undefined ? [] : [found.planIndex],
      why: input.reason,
      recipe: (draft) => {
        if (unchanged) return;
        const ind = at<Draft<Indicator>>(draft, found.path);
        if (!ind.targets) ind.targets = [castDraft(target)];
        else if (same >= 0) ind.targets[same] = castDraft(target);
        else ind.targets.splice(insertAt, 0, castDraft(target));
      },
    },
    options,
  );
}

/**
 * Records a measured value for a period. A value already recorded for the same
 * period is kept unless `replace` is set: old values are not overwritten by accident.
 */
export function recordMeasurement(
  document: Document,
  given: RecordMeasurement,
  givenOptions?: EditOptions,
): EditResult {
  const taken = takeInput(given, givenOptions);
  if (!taken.ok) return taken;
  const { input, options } = taken;
  const found = findIndicator(document, input);
  if (isFinding(found)) return refuse(found);
  const location = {
    indicator: found.indicator.id,
    path: [...found.path, 'measurements'],
    ...(found.plan !== undefined && { plan: found.plan }),
    ...(found.box !== undefined && { box: found.box }),
    ...(input.goal !== undefined && { goal: input.goal }),
  };
  const checked = checkValue(Measurement, input.measurement, 'measurement', location);
  if (checked.findings.length) return refuse(checked.findings);
  const measurement = checked.value as Measurement;
  const list = found.indicator.measurements ?? [];
  const same = list.findIndex((m) => m.period === measurement.period);
  if (same >= 0 && input.replace !== true && !sameJson(list[same], measurement)) {
    return refuse(
      createFinding(
        'EDIT_DUPLICATE_MEASUREMENT',
        { ...location, path: [...location.path, same] },
        { indicator: found.indicator.id, period: measurement.period, value: valueText(list[same]!.value) },
      ),
    );
  }
  const unchanged = same >= 0 && sameJson(list[same], measurement);
  return commit(
    document,
    { op: 'recordMeasurement', ...input },
    {
      plans: found.planIndex === undefined ? [] : [found.planIndex],
      recipe: (draft) => {
        if (unchanged) return;
        const ind = at<Draft<Indicator>>(draft, found.path);
        if (!ind.measurements) ind.measurements = [castDraft(measurement)];
        else if (same >= 0) ind.measurements[same] = castDraft(measurement);
        else ind.measurements.push(castDraft(measurement));
      },
    },
    options,
  );
}

function valueText(value: unknown): string | number {
  return typeof value === 'number' ? value : String(value);
}
