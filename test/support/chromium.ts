import type { Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../src/node/chromium.js';

/**
 * The Chromium the browser tests drive: the library's own lookup
 * (EFFEKTKEDJA_CHROMIUM, then PATH, then common paths). A machine without one
 * skips those tests with a printed reason — except in CI, where
 * EFFEKTKEDJA_REQUIRE_BROWSER=1 turns a missing browser into a failure.
 */
export function testChromium(suite: string): string | undefined {
  const found = findChromium();
  if (found) return found;
  if (process.env.EFFEKTKEDJA_REQUIRE_BROWSER) {
    throw new Error(
      `${suite}: no Chromium found, and EFFEKTKEDJA_REQUIRE_BROWSER is set (apt-get install -y chromium)`,
    );
  }
  console.warn(
    `${suite}: SKIPPED — no Chromium found (apt-get install -y chromium, or set EFFEKTKEDJA_CHROMIUM)`,
  );
  return undefined;
}

export { CHROMIUM_FLAGS };

/** Starts the found Chromium headless, with the flags that keep it offline and quiet. */
export async function launchTestChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], headless: true });
}
