import { followupCodes } from '../findings/catalog/followup.js';
import { createCustomFinding } from '../findings/create.js';
import type { Details, Finding, Location } from '../findings/finding.js';
import { enFollowup } from '../locales/en/followup.js';
import { svFollowup } from '../locales/sv/followup.js';

/** A finding code of the follow-up module. */
export type FollowupCode = keyof typeof followupCodes;

// Goes through createCustomFinding so the words come from the central tables once
// the codes are wired into CODES, and from this module's tables until then.
/** Makes a finding of one of the follow-up module's codes. */
export function followupFinding(code: FollowupCode, location: Location, details: Details = {}): Finding {
  return createCustomFinding(code, followupCodes[code], location, details, {
    sv: svFollowup[code],
    en: enFollowup[code],
  });
}
