/** Shows the read-aloud controls where the browser can speak; the reader itself loads on the first press. */
import { loadLazy } from '../lazy/load';

export function setUpReadAloudButton(root: Document): void {
  const panel = root.querySelector<HTMLElement>('[data-read-aloud]');
  if (!panel || !('speechSynthesis' in window)) return;
  panel
    .querySelector('[data-action="play"]')!
    .addEventListener('click', () => void loadLazy('read-aloud'), { once: true });
  panel.hidden = false;
}
