/**
 * The version `forcecalc --version` prints. scripts/build.mjs replaces
 * `__FORCECALC_VERSION__` with package.json's version when it bundles, so the
 * executable reads no file to know it; unbundled (tests of the source) it is
 * a development marker.
 */
declare const __FORCECALC_VERSION__: string | undefined;

/** The package version, e.g. "0.1.0". */
export const VERSION: string = typeof __FORCECALC_VERSION__ === 'string' ? __FORCECALC_VERSION__ : '0.0.0-development';
