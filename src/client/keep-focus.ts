/**
 * An Astro island that hydrates swaps its no-JavaScript markup for the interactive one. If
 * the keyboard was on that markup, focus would fall back to the page's start; keep it in the
 * island instead, on its first control. Runs before the first island hydrates, and only on
 * pages that have Astro islands (src/integrations/island-focus.ts). Lesson practice does the
 * same for itself (keepingFocus in src/client/enhance.ts).
 */
import { CONTROLS } from './controls';

document.addEventListener('focusout', (event) => {
  const lost = event.target as Element;
  const island = lost.closest?.('astro-island');
  if (!island || event.relatedTarget) return;
  // After the island's re-render (Preact renders in a microtask), not a frame later: frames stall on a busy phone.
  setTimeout(() => {
    if (lost.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    island.querySelector<HTMLElement>(CONTROLS)?.focus();
  });
});
