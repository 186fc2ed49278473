/**
 * client:interaction — hydrate an island when the learner first touches it (focus,
 * tap, key). The header search loads its index only for someone who starts a search,
 * so no page pays for it up front.
 */
import type { ClientDirective } from 'astro';

const EVENTS = ['focusin', 'pointerdown', 'keydown'] as const;

const interaction: ClientDirective = (load, _options, element) => {
  const start = async () => {
    for (const name of EVENTS) element.removeEventListener(name, start);
    await (
      await load()
    )();
  };
  for (const name of EVENTS) element.addEventListener(name, start, { passive: true });
};

export default interaction;
