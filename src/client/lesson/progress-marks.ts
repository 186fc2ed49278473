/**
 * Marks on lists of lessons and paths: "Selesai" on a lesson card, "2 dari 5
 * pelajaran selesai" with a bar on a path page and card, and the home page's "Lanjutkan belajar".
 */
import type { Progress } from '../../lib/progress/model';
import { getProgress, subscribe } from '../storage/progress-store';
import { progressText } from './progress-text';
import { parseIdList } from '../../lib/progress/id-list';
import { fill } from '../../lib/text/fill';

export const count = (done: number, total: number) =>
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
    const ids = parseIdList(mark.dataset['progressCount']!);
    const done = ids.filter((id) => progress.lessons[id]?.status === 'completed').length;
    mark.textContent = count(done, ids.length);
    // The bar under the words (progress.css) is drawn from this share.
    mark.style.setProperty('--done', String(ids.length ? done / ids.length : 0));
    // The home page's path cards stay quiet until the learner has begun that path.
    mark.hidden = mark.hasAttribute('data-progress-quiet') && !ids.some((id) => progress.lessons[id]);
  }
}

function markContinue(progress: Progress): void {
  const box = document.querySelector<HTMLElement>('[data-continue]');
  const last = progress.last;
  if (!box || !last?.slug || !last.title) return;
  const link = box.querySelector('a')!;
  link.href = fill(box.dataset['lessonHref']!, { slug: last.slug });
  link.textContent = last.title;
  box.hidden = false;
  // "Lanjutkan" takes the place of "Mulai belajar": one way in at the top of the home page.
  const start = document.querySelector<HTMLElement>('[data-start]');
  if (start) start.hidden = true;
}

export function markProgress(): void {
  const render = () => {
    const progress = getProgress();
    markLessons(progress);
    markContinue(progress);
  };
  render();
  subscribe(render);
}
