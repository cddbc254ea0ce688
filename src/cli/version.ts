declare const __EFFEKTKEDJA_VERSION__: string | undefined;

/** The package version, put in by the build (tsup `define`); "dev" when run from source. */
export const VERSION: string = typeof __EFFEKTKEDJA_VERSION__ === 'string' ? __EFFEKTKEDJA_VERSION__ : 'dev';
