/**
 * Marks on lists of lessons and paths: "Selesai" on a lesson card, "2 dari 5
 * pelajaran selesai" on a path, and the home page's "Lanjutkan belajar". The home
 * page fetches the catalogue only for a learner who has progress.
 */
import type { CatalogueData } from '../lib/progress/catalogue';
import { summarisePaths } from '../lib/progress/catalogue';
import type { Progress } from '../lib/progress/model';
import { getProgress, subscribe } from './progress-store';
import { progressText } from './progress-text';

const count = (done: number, total: number) =>
  progressText().count.replace('{done}', String(done)).replace('{total}', String(total));

function markLessons(progress: Progress): void {
  const text = progressText();
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const status = progress.lessons[mark.dataset['progressLesson']!]?.status;
    mark.hidden = !status;
    mark.dataset['status'] = status ?? '';
    mark.textContent = status === 'completed' ? `✓ ${text.completed}` : status === 'started' ? text.started : '';
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-count]')) {
    const ids = mark.dataset['progressCount']!.split(',');
    const done = ids.filter((id) => progress.lessons[id]?.status === 'completed').length;
    mark.textContent = count(done, ids.length);
    mark.hidden = false;
  }
}

async function markPaths(progress: Progress): Promise<void> {
  const marks = document.querySelectorAll<HTMLElement>('[data-progress-path]');
  if (marks.length === 0 || Object.keys(progress.lessons).length === 0) return;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}data/katalog-${document.documentElement.lang === 'en' ? 'en' : 'id'}.json`);
    const summaries = summarisePaths((await response.json()) as CatalogueData, progress);
    for (const mark of marks) {
      const summary = summaries.find((path) => path.slug === mark.dataset['progressPath']);
      if (!summary) continue;
      mark.textContent = count(summary.done, summary.total);
      mark.hidden = false;
    }
  } catch {
    // Offline without the catalogue cached: the counts are a nicety, the links still work.
  }
}

function markContinue(progress: Progress): void {
  const box = document.querySelector<HTMLElement>('[data-continue]');
  const last = progress.last;
  if (!box || !last?.slug || !last.title) return;
  const link = box.querySelector('a')!;
  const prefix = document.documentElement.lang === 'en' ? 'en/' : '';
  link.href = `${import.meta.env.BASE_URL}${prefix}pelajaran/${last.slug}/`;
  link.textContent = last.title;
  box.hidden = false;
}

export function markProgress(): void {
  const render = () => {
    const progress = getProgress();
    markLessons(progress);
    markContinue(progress);
    void markPaths(progress);
  };
  render();
  subscribe(render);
}
