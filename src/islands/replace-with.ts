/** How a lesson island takes the place of its no-JavaScript form (see src/client/islands.ts). */
import { h, render, type ComponentType } from 'preact';
import { CONTROLS } from './controls';
import type { Mount } from '../client/islands';

/** A component of this page's bundle, drawn in place of the no-JavaScript form. */
export function replaceWith<P extends object>(Component: ComponentType<P>): Mount {
  return (element, props) => {
    // A keyboard on the old form would otherwise fall back to the page's start.
    const hadFocus = element.contains(document.activeElement);
    element.replaceChildren();
    render(h(Component, props as P), element);
    if (hadFocus) element.querySelector<HTMLElement>(CONTROLS)?.focus();
  };
}
