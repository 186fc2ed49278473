import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Registers client:interaction (src/client/directive-interaction.ts). */
export function interactionDirective(): AstroIntegration {
  return {
    name: 'langkah:interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('../client/directive-interaction.ts', import.meta.url)),
        });
      },
    },
  };
}
