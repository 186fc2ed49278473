/**
 * The few words progress marks need, read from the page (ProgressText.astro writes
 * them from the UI dictionaries), so no dictionary ships in the JavaScript.
 */
export interface ProgressText {
  started: string;
  completed: string;
  markDone: string;
  doneOn: string;
  count: string;
}

let cached: ProgressText | undefined;
export function progressText(): ProgressText {
  cached ??= JSON.parse(document.getElementById('progress-text')?.textContent ?? '{}') as ProgressText;
  return cached;
}

export function formatDay(time: number): string {
  return new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(time);
}
