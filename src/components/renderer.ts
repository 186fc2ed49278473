/**
 * Names the renderer of a component that Astro renders. Unnamed, Astro asks each renderer to `check` a
 * component, and Preact's check renders the whole component once only to see whether it can: every page
 * rendered its header finder twice, every lesson its quiz and its MDX body.
 */
const RENDERER = Symbol.for('astro:renderer');

export function renderedBy(renderer: '@astrojs/preact' | 'astro:jsx', ...components: object[]): void {
  for (const component of components) Object.assign(component, { [RENDERER]: renderer });
}
