/**
 * The search box, woken on the first touch: its component, its words, lunr and its own copy
 * of Preact (4 KiB) in one module that only searchers load. Kept apart from the page's bundle
 * so no page carries Vite's preload helper for a dynamic import (see src/integrations/lazy-bundles.ts).
 * Loaded by name through src/client/lazy/load.ts: an island the page's script starts, not one it imports.
 */
import { h, hydrate } from 'preact';
import strings from 'langkah:finder-strings';
import Finder, { type FinderProps } from './Finder';
import type { FinderStrings } from './strings';

export function mount(element: HTMLElement, props: Omit<FinderProps, 'strings'>): void {
  hydrate(h(Finder, { ...props, strings: strings[props.locale] as FinderStrings }), element);
}
