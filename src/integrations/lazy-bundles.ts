/**
 * Modules loaded only on demand (read-aloud, the storage notice, the search box), bundled apart
 * and served at a fixed address. Loading them with a plain import of a run-time URL instead of
 * Vite's import() keeps its preload helper out of every lesson page's JavaScript.
 */
import type { AstroIntegration } from 'astro';

export function lazyBundles(): AstroIntegration {
  return {
    name: 'langkah:lazy-bundles',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/lazy/[name].js',
          entrypoint: './src/integrations/lazy-bundles/route.ts',
          prerender: true,
        });
      },
    },
  };
}
