/** <ld-steps>: adds a tick box to each step of the list inside and keeps the ticks in progress. */
import { lessonProgress, tickStep } from '../../lib/progress/model';
import { el } from '../dom';
import { getProgress, subscribe, updateProgress } from '../storage/progress-store';

class StepsElement extends HTMLElement {
  private boxes: HTMLInputElement[] = [];
  private status?: HTMLElement;
  private lessonId = 0;

  connectedCallback(): void {
    const list = this.querySelector('ol');
    this.lessonId = Number(this.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'] ?? 0);
    if (!list || !this.lessonId || this.boxes.length > 0) return;
    const listId = this.dataset['stepsId']!;
    [...list.children].forEach((item, index) => {
      const text = el('span', { id: `${listId}-text-${index}` }, ...item.childNodes);
      const box = el('input', {
        type: 'checkbox',
        class: 'step-box',
        'aria-labelledby': text.id,
        'aria-describedby': `${listId}-status`,
      });
      box.addEventListener('change', () =>
        updateProgress((progress) => tickStep(progress, this.lessonId, listId, index, box.checked, Date.now())),
      );
      item.append(box, text);
      this.boxes.push(box);
    });
    this.status = el('p', { id: `${listId}-status`, class: 'steps-status', 'aria-live': 'polite' });
    this.append(this.status);
    this.classList.add('is-enhanced');
    this.render();
    subscribe(() => this.render());
  }

  private render(): void {
    const ticked = new Set(lessonProgress(getProgress(), this.lessonId)?.steps[this.dataset['stepsId']!] ?? []);
    this.boxes.forEach((box, index) => {
      box.checked = ticked.has(index);
      box.closest('li')?.classList.toggle('is-done', box.checked);
    });
    const done = this.boxes.filter((box) => box.checked).length;
    this.status!.textContent = (this.dataset['count'] ?? '{done}/{total}')
      .replace('{done}', String(done))
      .replace('{total}', String(this.boxes.length));
  }
}

export function defineSteps(): void {
  if (!customElements.get('ld-steps')) customElements.define('ld-steps', StepsElement);
}
