/** Shared set-up for island and practice-element tests. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach } from 'vitest';
import { clearProgress } from './storage/progress-store';
import id from '../i18n/id.json';

/** The Indonesian UI strings under a prefix, as an island receives them from the build. */
export function islandStrings<T>(prefix: string): T {
  return Object.fromEntries(
    Object.entries(id)
      .filter(([key]) => key.startsWith(`${prefix}.`))
      .map(([key, value]) => [key.slice(prefix.length + 1), value]),
  ) as T;
}

/** Server markup parsed into a lesson page as a browser would, so its custom elements enhance it. */
export function renderInLesson(markup: VNode, lessonId: number): HTMLElement {
  const host = document.createElement('article');
  host.dataset['lessonId'] = String(lessonId);
  host.innerHTML = renderToString(markup);
  document.body.append(host);
  return host;
}

/** Each test starts with no saved progress and an empty page. */
export function startEachTestClean(): void {
  beforeEach(() => {
    localStorage.clear();
    clearProgress();
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });
}

/** Server markup as a browser without JavaScript has it: parsed, and nothing enhances it. */
export function withoutJavaScript(markup: VNode): Document {
  return new DOMParser().parseFromString(renderToString(markup), 'text/html');
}
