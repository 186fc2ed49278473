/** Building the few DOM nodes a page script adds, without a rendering library. */

export type Child = Node | string | false | undefined;

/** `el('p', { class: 'x' }, 'text')`: attributes as strings; `false`/`undefined` leave one out. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | false | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== false && value !== undefined) node.setAttribute(name, String(value));
  for (const child of children) if (child) node.append(child);
  return node;
}
