import type { AstroIntegration } from 'astro';

/**
 * Loads src/client/keep-focus.ts before Astro hydrates its islands: Astro adds it only to
 * pages with `client:*` islands (progress, trainer tools, search), so lessons do not carry it.
 */
export function islandFocus(): AstroIntegration {
  return {
    name: 'langkah:island-focus',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('before-hydration', `import '/src/client/keep-focus.ts';`);
      },
    },
  };
}
