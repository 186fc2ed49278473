/** Resolves a set of UI string keys under a prefix into a props object for an island or practice element. */
export function stringsFor<K extends string>(
  t: (key: string) => string,
  prefix: string,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>;
}

/** The words of a space-separated list, as a union: tail-recursive, so long lists stay within TypeScript's limits. */
type Words<S extends string, Found extends string = never> = S extends `${infer Head} ${infer Rest}`
  ? Words<Rest, Found | Head>
  : Found | S;

/** A list of UI string keys written as one line of words: `keys('check tryAgain')` is ('check' | 'tryAgain')[]. */
export function keys<S extends string>(list: S): Words<S>[] {
  return list.split(' ') as Words<S>[];
}
