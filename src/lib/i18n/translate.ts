/**
 * A small pure translator: flat dotted keys, {name} placeholders and plural forms
 * chosen by Intl.PluralRules ("lesson.count.one" / "lesson.count.other").
 */
export type Dictionary = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: string, vars?: Vars) => string;

/**
 * `locale` is the BCP 47 tag for plurals and numbers; `file` names the dictionary's file, so a
 * missing key says where to add it (the tag "en-GB" is not the file name "en.json").
 */
export function createTranslator(
  locale: string,
  dictionary: Dictionary,
  fallback?: Dictionary,
  file = 'the UI dictionary',
): Translate {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const lookup = (key: string): string | undefined => dictionary[key] ?? fallback?.[key];

  return (key, vars = {}) => {
    const count = vars['count'];
    const template =
      (typeof count === 'number' ? (lookup(`${key}.${plurals.select(count)}`) ?? lookup(`${key}.other`)) : undefined) ??
      lookup(key);
    if (template === undefined) {
      throw new Error(`Missing UI string "${key}" for locale "${locale}". Add it to ${file}.`);
    }
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = vars[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** Keys present in `reference` but missing from `other`, plural forms folded to their base key. */
export function missingKeys(reference: Dictionary, other: Dictionary): string[] {
  const base = (key: string) => key.replace(/\.(zero|one|two|few|many|other)$/, '');
  const have = new Set(Object.keys(other).map(base));
  return [...new Set(Object.keys(reference).map(base))].filter((key) => !have.has(key));
}
