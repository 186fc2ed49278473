/**
 * <ld-lesson-status>: the lesson's status and a "Tandai selesai" button. Opening a
 * lesson records it as the place to continue from. Hidden without JavaScript, since
 * progress lives in the browser.
 */
import { completeLesson, lessonProgress, visitLesson } from '../../lib/progress/model';
import { el } from '../dom';
import { getProgress, subscribe, updateProgress } from '../storage/progress-store';
import { formatDay, progressText } from './progress-text';

class LessonStatusElement extends HTMLElement {
  private status = el('p', { class: 'lesson-status__text', role: 'status', tabindex: -1 });
  private button = el('button', { type: 'button', class: 'button' });

  connectedCallback(): void {
    const id = Number(this.dataset['lessonId']);
    if (!id || this.childElementCount > 0) return;
    const text = progressText();
    updateProgress((progress) => visitLesson(progress, id, this.dataset['slug']!, this.dataset['title']!, Date.now()));
    this.button.textContent = text.markDone;
    this.button.addEventListener('click', () => {
      updateProgress((progress) => completeLesson(progress, id, Date.now()));
      this.status.focus();
    });
    this.append(this.status, this.button);
    const render = () => {
      const lesson = lessonProgress(getProgress(), id);
      const done = lesson?.status === 'completed';
      this.dataset['status'] = lesson?.status ?? 'not-started';
      this.status.textContent = done
        ? `✓ ${text.doneOn.replace('{date}', formatDay(lesson.completedAt ?? lesson.updatedAt))}`
        : text.started;
      this.button.hidden = done;
      // The mark beside the lesson's title says the same in a word.
      const mark = document.querySelector<HTMLElement>(`[data-progress-lesson="${id}"]`);
      if (mark) {
        mark.hidden = false;
        mark.dataset['status'] = lesson?.status ?? '';
        mark.textContent = done ? `✓ ${text.completed}` : text.started;
      }
    };
    render();
    subscribe(render);
    this.hidden = false;
  }
}

export function defineLessonStatus(): void {
  if (!customElements.get('ld-lesson-status')) customElements.define('ld-lesson-status', LessonStatusElement);
}
