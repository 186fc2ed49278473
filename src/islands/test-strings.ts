/** The Indonesian UI strings under a prefix, as an island receives them from the build. */
import id from '../i18n/id.json';

export function islandStrings<T>(prefix: string): T {
  return Object.fromEntries(
    Object.entries(id)
      .filter(([key]) => key.startsWith(`${prefix}.`))
      .map(([key, value]) => [key.slice(prefix.length + 1), value]),
  ) as T;
}
