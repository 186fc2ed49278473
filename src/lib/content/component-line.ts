/**
 * Where in a lesson an author component was written. A component sees its props when it
 * renders, not its place in the MDX, so its build error finds the line again in the text: the
 * first tag of that component whose text sets the given prop to the given value (its id, its
 * question). A best guess: when no tag fits, the problem names no line rather than a wrong one.
 */
export interface PropMark {
  prop: string;
  value: string;
}

export function componentLine(text: string, component: string, mark?: PropMark): number | undefined {
  const tags = [...text.matchAll(new RegExp(`<${component}(?![\\w-])`, 'g'))].map((match) => ({
    at: match.index,
    text: text.slice(match.index, tagEnd(text, match.index)),
  }));
  const setsMark = mark && new RegExp(`(?<![\\w-])${mark.prop}=\\{?\\s*["'\`]${escapeRegExp(mark.value)}["'\`]`);
  const tag = setsMark ? tags.find((entry) => setsMark.test(entry.text)) : tags.length === 1 ? tags[0] : undefined;
  return tag && text.slice(0, tag.at).split('\n').length;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The end of a JSX opening tag: the first `>` outside quotes and `{…}` props. */
function tagEnd(text: string, start: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') {
      quote = char;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
    } else if (char === '>' && depth === 0) {
      return index + 1;
    }
  }
  return text.length;
}
