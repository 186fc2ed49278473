/**
 * Speech engines spell Indonesian abbreviations badly ("NIK" as a word). Before text is
 * spoken, each listed abbreviation, as a whole word, is replaced by how people say it.
 */
export type Pronunciations = Readonly<Record<string, string>>;

function wordsOf(table: Pronunciations): RegExp | undefined {
  const words = Object.keys(table).sort((a, b) => b.length - a.length);
  if (words.length === 0) return undefined;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export function pronounce(text: string, table: Pronunciations): string {
  const pattern = wordsOf(table);
  return pattern ? text.replace(pattern, (word) => table[word] ?? word) : text;
}

/** The part of the table a text needs: a page carries only the abbreviations it uses. */
export function usedIn(text: string, table: Pronunciations): Pronunciations {
  const found = new Set(text.match(wordsOf(table) ?? /(?!)/g));
  return Object.fromEntries(Object.entries(table).filter(([word]) => found.has(word)));
}
