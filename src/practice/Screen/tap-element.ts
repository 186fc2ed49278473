/**
 * <ld-tap>: "Ketuk yang benar". Each choice on the drawn screen (TapPractice.tsx) is a real
 * button: a tap, a click or Enter says right or wrong and why, under the screen and in its live
 * region. A wrong tap can be tried again; the right one counts as this practice done.
 */
import { recordExercise } from '../../lib/progress/model';
import { updateProgress } from '../../client/storage/progress-store';
import { announce, define, Enhancer, lessonIdOf } from '../../client/enhance';
import { el } from '../../client/dom';
import type { TapLiveStrings } from './strings';

class TapElement extends Enhancer<TapLiveStrings> {
  protected enhance(s: TapLiveStrings): void {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
    const live = this.querySelector<HTMLElement>('.tap-live')!;
    // The explanation leaves its disclosure: it shows once the right one is tapped.
    const details = this.querySelector('details')!;
    const explanation = details.querySelector('p')!;
    details.remove();

    for (const button of buttons) {
      button.addEventListener('click', () => {
        const right = button.hasAttribute('data-correct');
        for (const other of buttons) other.classList.remove('is-right', 'is-wrong');
        button.classList.add(right ? 'is-right' : 'is-wrong');
        const feedback = button.dataset['feedback'] ?? '';
        announce(
          live,
          el('strong', {}, right ? `✓ ${s.right}` : `✗ ${s.wrong}`),
          ` ${feedback} `,
          right ? el('span', {}, ...Array.from(explanation.cloneNode(true).childNodes)) : s.again,
        );
        this.classList.toggle('is-answered', right);
        const lessonId = lessonIdOf(this);
        if (right && lessonId)
          updateProgress((saved) => recordExercise(saved, lessonId, this.dataset['id']!, Date.now()));
      });
    }
  }
}

export function defineTap(): void {
  define('ld-tap', TapElement);
}
