import { useEffect, useState } from 'preact/hooks';

/**
 * False on the server and in the first client render, true after hydration. Islands
 * render their no-JavaScript form until then, so the page reads the same either way
 * and hydration never mismatches.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** The stable lesson id of the page an island sits in (set by the lesson layout). */
export function lessonIdOf(element: Element | null): number | undefined {
  const value = element?.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'];
  return value ? Number(value) : undefined;
}

export { fill } from '../lib/text/fill';
