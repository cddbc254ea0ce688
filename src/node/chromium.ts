import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

// Finding and describing the Chromium that renders SVG, PNG and PDF (mermaid-render.ts, pdf.ts).

/** Flags for a headless Chromium that stays offline and quiet. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const COMMON_PATHS = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** True when `path` is a file this process may run. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium to render with, as `command -v chromium` would, then in
 * common install paths. Undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const own = env.EFFEKTKEDJA_CHROMIUM;
  if (own && isExecutable(own)) return own;
  const exe = process.platform === 'win32' ? '.exe' : '';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of BROWSER_NAMES) {
      const path = join(dir, name + exe);
      if (isExecutable(path)) return path;
    }
  }
  return COMMON_PATHS.find(isExecutable);
}

/** The first non-empty line of an error message, shortened: what a finding quotes from Chromium. */
export function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? text).trim().slice(0, 500);
}
