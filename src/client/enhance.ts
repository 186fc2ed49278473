/**
 * Small DOM helpers for the lesson's practice elements (<ld-quiz>, <ld-drill>, <ld-sim>). They
 * enhance markup the server already rendered, GOV.UK Frontend style, so a lesson carries no
 * rendering library: only the few nodes that appear after an answer are built here.
 */

import type { Child } from './dom';

/** The UI words the server wrote into `data-strings`, resolved for this page's language. */
export function stringsOf<T>(element: HTMLElement): T {
  return JSON.parse(element.dataset['strings'] ?? '{}') as T;
}

/** The stable lesson id of the page an element sits in (set by the lesson layout). */
export function lessonIdOf(element: Element): number | undefined {
  const value = element.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'];
  return value ? Number(value) : undefined;
}

/**
 * Runs a change that may hide or remove the focused element. A keyboard there would
 * otherwise fall back to the page's start; it lands on `fallback` instead.
 */
export function keepingFocus(root: Element, change: () => void, fallback: () => HTMLElement | null): void {
  const had = root.contains(document.activeElement);
  change();
  const active = document.activeElement;
  if (had && (!active || active === document.body || !root.contains(active) || isHidden(active))) fallback()?.focus();
}

function isHidden(element: Element): boolean {
  return element.closest('[hidden]') !== null;
}

/**
 * Fills a live region a moment after it appears, so screen readers that ignore a region
 * shown with its text already in it still announce the text.
 */
export function announce(region: HTMLElement, ...content: Child[]): void {
  region.replaceChildren();
  setTimeout(() => region.replaceChildren(...content.filter((child): child is Node | string => !!child)), 50);
}

/**
 * A custom element that enhances the markup inside it once, when it joins the page, with
 * the words from its `data-strings`. A keyboard on markup the enhancement hides lands on
 * the element's first control instead of the page's start.
 */
export abstract class Enhancer<Strings> extends HTMLElement {
  protected abstract enhance(strings: Strings): void;

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    keepingFocus(
      this,
      () => {
        this.dataset['ready'] = '';
        this.enhance(stringsOf<Strings>(this));
      },
      () => this.querySelector('input, button'),
    );
  }
}

export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
