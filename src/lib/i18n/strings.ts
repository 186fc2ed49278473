/** Resolves a set of UI string keys under a prefix into a props object for an island or practice element. */
export function stringsFor<K extends string>(
  t: (key: string) => string,
  prefix: string,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>;
}
