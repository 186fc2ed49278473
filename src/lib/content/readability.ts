/**
 * Plain-language figures for a lesson body: average and longest sentence in words.
 * Prose only: frontmatter, code, and the props of practice components (quiz-like text
 * in Simulator, ScamDrill, Check) are left out; text inside Steps, Tip and the like counts.
 */
export interface Readability {
  sentences: number;
  words: number;
  average: number;
  longest: number;
  longestSentence: string;
}

export const READABILITY_LIMITS = { average: 15, longest: 30 } as const;

/** The readable prose of an MDX body, one sentence per line. */
export function proseOf(mdx: string): string[] {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '\n')
    .replace(/`[^`]*`/g, 'kode')
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/^#{1,6}\s.*$/gm, '')
    // Self-closing components carry their text in props: not prose.
    .replace(/<([A-Z]\w*)\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*\/>/g, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.)\s+/gm, '\n')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1');
  return text
    .split(/\n\s*\n|\n(?=\s*\S)|(?<=[.!?…])\s+(?=[\p{Lu}\d"“(])/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readability(mdx: string): Readability {
  const sentences = proseOf(mdx);
  const counts = sentences.map(wordCount);
  const words = counts.reduce((sum, count) => sum + count, 0);
  const longest = Math.max(0, ...counts);
  return {
    sentences: sentences.length,
    words,
    average: sentences.length ? words / sentences.length : 0,
    longest,
    longestSentence: sentences[counts.indexOf(longest)] ?? '',
  };
}
