/**
 * The authors' editor, added only to `npm run author`'s dev server: React for Keystatic's
 * pages beside the site's Preact, and the choices it offers. It refuses a build, so the editor
 * can never reach dist/, the worker's precache, the search indexes, the sitemap or the ZIM.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { authoringOptionsPlugin } from './options';

/** The editor's own policy: nothing but this laptop. */
const EDITOR_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline' data:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "frame-ancestors 'self'",
  "object-src 'none'",
].join('; ');

const editorPolicy: Plugin = {
  name: 'langkah:editor-csp',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (/^\/(api\/)?keystatic(\/|$)/.test(request.url ?? '')) {
        response.setHeader('Content-Security-Policy', EDITOR_CSP);
        response.setHeader('X-Robots-Tag', 'noindex, nofollow');
      }
      next();
    });
  },
};

/**
 * Keystatic links a web font from Google, which would leave the laptop (and fails offline):
 * the link is emptied where Vite bundles Keystatic, and the system font stands in.
 */
const GOOGLE_FONT = /https:\/\/fonts\.googleapis\.com\/css2\?[^"']*/g;
const noWebFont = {
  name: 'langkah:editor-no-web-font',
  transform(code: string, id: string) {
    return id.includes('@keystatic') && GOOGLE_FONT.test(code)
      ? code.replace(GOOGLE_FONT, 'data:text/css,')
      : undefined;
  },
};

/** Files whose JSX is React's: Keystatic's and the editor config's. Every other .tsx is Preact's. */
export const REACT_FILES = [/keystatic\.config\.tsx$/, /src[\\/]authoring[\\/].*\.tsx$/];

export function authoring(contentDir: string): AstroIntegration {
  return {
    name: 'langkah:authoring',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev')
          throw new Error(
            'LANGKAH_AUTHOR=1 starts the editor and is for `npm run author` only. Unset it to build the site.',
          );
        updateConfig({
          integrations: [react({ include: REACT_FILES }), keystatic()],
          vite: {
            plugins: [authoringOptionsPlugin(contentDir), editorPolicy, noWebFont],
            optimizeDeps: { rolldownOptions: { plugins: [noWebFont] } },
          },
        });
      },
    },
  };
}
