/**
 * Turns glossary links into buttons that open their definition. Uses the browser's
 * popover (Escape and tapping outside close it for free); where that is missing, the
 * definition opens inline below the word instead.
 */
import { el } from '../dom';

const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

export function enhanceTerms(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a.term[data-term]')) {
    const pop = document.getElementById(link.dataset['term']!);
    if (!pop) continue;
    const button = el(
      'button',
      { type: 'button', class: 'term', 'aria-expanded': 'false', 'aria-controls': pop.id },
      ...link.childNodes,
    );
    if (supportsPopover) {
      pop.popover = 'auto';
      pop.hidden = false;
      button.popoverTargetElement = pop;
      pop.addEventListener('toggle', (event) => {
        button.setAttribute('aria-expanded', String((event as ToggleEvent).newState === 'open'));
      });
    } else {
      button.addEventListener('click', () => {
        pop.hidden = !pop.hidden;
        button.setAttribute('aria-expanded', String(!pop.hidden));
      });
    }
    link.replaceWith(button);
  }
}
