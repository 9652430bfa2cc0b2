/**
 * The UI's module, with Ink and React. Ink's layout engine (yoga-layout)
 * loads its WebAssembly with fetch() of a data: URL whenever fetch exists,
 * and Node's first fetch loads its whole HTTP client first: a sixth of the
 * time to the first frame (bench/ui.mjs: 5.1x and 5.2x `node -e 0` before,
 * 4.4x and 4.15x after, load 15). With fetch hidden while Ink
 * loads, yoga decodes the same bytes itself; fetch is put back as soon as the
 * module has loaded.
 */
export async function importUi(): Promise<typeof import('../ui/app/run-interactive.js')> {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProperty?.configurable !== true) return import('../ui/app/run-interactive.js');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await import('../ui/app/run-interactive.js');
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetchProperty);
  }
}
