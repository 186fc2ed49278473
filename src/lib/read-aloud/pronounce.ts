/**
 * Speech engines spell Indonesian abbreviations badly ("NIK" as a word). Before text is
 * spoken, each listed abbreviation, as a whole word, is replaced by how people say it.
 */
export type Pronunciations = Readonly<Record<string, string>>;

export function pronounce(text: string, table: Pronunciations): string {
  const words = Object.keys(table).sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (word) => table[word] ?? word);
}
