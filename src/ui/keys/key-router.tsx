import { useInput, type Key } from 'ink';
import { createContext, useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { splitKeys } from './split-keys.js';

/** What a key hook does with a key. */
export type KeyHandler = (input: string, key: Key) => void;

/** A key hook's current handler and whether it has the focus; refreshed after every render. */
export interface KeyRegistration {
  current: { readonly handler: KeyHandler; readonly isActive: boolean };
}

/** The key hooks mounted under the router. Null outside a router. */
export const KeyRouterContext = createContext<Set<KeyRegistration> | null>(null);

/**
 * The one Ink `useInput` of the app; every key hook registers with it, and it
 * hands over one key per render.
 *
 * Why: when one chunk of input holds several keys (typing fast, a paste, tmux
 * `send-keys`), Ink emits them one after the other with no render between
 * (React 19 renders in a microtask), so each `useInput` handler would see the
 * state from before the chunk: "Down Down Enter" opened the scenario the
 * cursor was on before the Downs, and `/q` quit instead of filtering for "q".
 * Here a key is given to the hooks that are active, with their handlers from
 * the latest render; the next key waits until that key's render has been
 * committed (registrations are refreshed in layout effects, children before
 * this router).
 */
export function KeyRouter({ children }: { readonly children?: ReactNode }) {
  const registry = useRef(new Set<KeyRegistration>()).current;
  const queue = useRef<[string, Key][]>([]);
  const awaitingRender = useRef(false);
  // Bumped with every key, so that a key no part reacts to still ends in a render and the queue moves on.
  const [, setDelivered] = useState(0);

  const deliverNext = useCallback(() => {
    const next = queue.current.shift();
    if (next === undefined) return;
    awaitingRender.current = true;
    const [input, key] = next;
    const active = [...registry].filter((registration) => registration.current.isActive);
    for (const registration of active) registration.current.handler(input, key);
    setDelivered((count) => count + 1);
  }, [registry]);

  useInput((input, key) => {
    queue.current.push(...splitKeys(input, key));
    if (!awaitingRender.current) deliverNext();
  });

  useLayoutEffect(() => {
    if (!awaitingRender.current) return;
    awaitingRender.current = false;
    // After this commit rather than inside it: an update from a layout effect renders nested in the commit,
    // and React stops after 50 nested renders (a pasted value is longer than that).
    if (queue.current.length > 0) {
      queueMicrotask(() => {
        if (!awaitingRender.current) deliverNext();
      });
    }
  });

  return <KeyRouterContext.Provider value={registry}>{children}</KeyRouterContext.Provider>;
}
