import { useContext, useLayoutEffect, useRef } from 'react';
import { KeyRouterContext, type KeyHandler, type KeyRegistration } from './key-router.js';

/**
 * Receives keys while `isActive`: the app's `useInput(handler, { isActive })`,
 * through the KeyRouter so that every key reaches the handler of the latest
 * render (see key-router.tsx). Must be used under a KeyRouter.
 */
export function useKeys(handler: KeyHandler, { isActive }: { readonly isActive: boolean }): void {
  const registry = useContext(KeyRouterContext);
  if (registry === null) throw new Error('useKeys needs a <KeyRouter> above it');
  const registration = useRef<KeyRegistration['current']>({ handler, isActive });
  useLayoutEffect(() => {
    registration.current = { handler, isActive };
  });
  useLayoutEffect(() => {
    registry.add(registration);
    return () => {
      registry.delete(registration);
    };
  }, [registry]);
}
