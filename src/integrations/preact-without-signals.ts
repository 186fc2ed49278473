/**
 * @astrojs/preact's browser renderer lazily imports @preact/signals for islands that
 * receive signals as props. Langkah Digital never passes signals, but that one dynamic
 * import pulls Vite's preload helper (about 0.9 KiB gzipped) into every page with an
 * island. This plugin removes the branch; if a future renderer no longer contains it,
 * the build says so instead of silently shipping the helper again.
 */
import type { Plugin } from 'vite';

const RENDERER = /@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/;
const SIGNALS_IMPORT = 'const { signal } = await import("@preact/signals");';

export function preactWithoutSignals(): Plugin {
  return {
    name: 'langkah:preact-without-signals',
    apply: 'build',
    transform(code, id) {
      if (!RENDERER.test(id)) return undefined;
      if (!code.includes(SIGNALS_IMPORT)) {
        this.warn(
          'The Preact renderer changed: the signals import was not found, so the preload helper may ship again.',
        );
        return undefined;
      }
      return code.replace(
        SIGNALS_IMPORT,
        'throw new Error("Langkah Digital islands take no signals as props (see src/integrations/preact-without-signals.ts).");',
      );
    },
  };
}
