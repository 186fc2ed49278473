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
