/**
 * A list after `item` came in: it takes the place of the entry with its id,
 * or joins the end. A scenario saved from the UI goes into the app's scenarios
 * and into the list's items by this one rule, so the two never disagree.
 */
export function replaceById<T extends { readonly id: string }>(items: readonly T[], item: T): T[] {
  return items.some((other) => other.id === item.id) ? items.map((other) => (other.id === item.id ? item : other)) : [...items, item];
}
