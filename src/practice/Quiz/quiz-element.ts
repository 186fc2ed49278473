/**
 * <ld-quiz>: makes the server's paper quiz (Quiz.tsx) check answers. Each question says
 * right or wrong in its live region and under the chosen answers; the first try of each
 * counts, and a finished quiz saves its score to progress once per attempt.
 */
import { checkAnswer } from '../../lib/quiz/check';
import { quizPassed, recordQuiz } from '../../lib/progress/model';
import { fill } from '../../lib/text/fill';
import { updateProgress } from '../../client/storage/progress-store';
import { announce, define, Enhancer, lessonIdOf } from '../../client/enhance';
import { el } from '../../client/dom';
import type { QuizLiveStrings } from './strings';

/** Whether feedback already opens with the verdict word, so the page need not say it twice. */
const echoes = (text: string, word: string): boolean =>
  text.toLowerCase().startsWith(word.toLowerCase()) && !/\p{L}/u.test(text.charAt(word.length));

interface Question {
  /** Whether the first check of this attempt was right: that is what the score counts. */
  first: boolean | undefined;
  reset(): void;
}

function question(set: HTMLFieldSetElement, s: QuizLiveStrings, checked: () => void): Question {
  const inputs = [...set.querySelectorAll('input')];
  const answers = (set.dataset['answers'] ?? '').split(' ').map(Number);
  const feedback = [...set.querySelectorAll('.quiz-answer li span')].map((node) => node.textContent ?? '');
  const button = set.querySelector<HTMLButtonElement>('.quiz-actions button')!;
  const live = set.querySelector<HTMLElement>('.quiz-live')!;
  let wrong = false;
  const self: Question = {
    first: undefined,
    reset: () => (inputs.forEach((input) => (input.checked = false)), clear()),
  };

  function clear(): void {
    set.querySelectorAll('.quiz-feedback').forEach((node) => node.remove());
    for (const input of inputs) input.parentElement!.classList.remove('is-right', 'is-wrong');
    live.textContent = '';
    button.textContent = s.check;
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus on it.
    button.removeAttribute('aria-disabled');
    wrong = false;
  }

  set.addEventListener('change', clear);
  button.addEventListener('click', () => {
    if (wrong) return self.reset();
    if (button.getAttribute('aria-disabled')) return;
    const selected = inputs.flatMap((input, index) => (input.checked ? [index] : []));
    if (selected.length === 0) return void (live.textContent = s.chooseFirst);
    const verdict = checkAnswer({ answers }, selected);
    self.first ??= verdict.correct;
    for (const index of selected) {
      const right = answers.includes(index);
      const word = right ? s.right : s.wrong;
      // Authors often open feedback with the verdict ("Benar. …"): the mark then shows only ✓ or ✗.
      const mark = el(
        'span',
        { class: 'quiz-mark' },
        `${right ? '✓' : '✗'}${echoes(feedback[index]!, word) ? '' : ` ${word}`}`,
      );
      inputs[index]!.parentElement!.classList.add(right ? 'is-right' : 'is-wrong');
      inputs[index]!.parentElement!.append(el('p', { class: 'quiz-feedback' }, mark, ` ${feedback[index]}`));
    }
    const missed = answers.length > 1 && verdict.missed.length > 0 ? ` ${s.missed}` : '';
    const said = selected.map((index) => feedback[index]).join(' ');
    const word = verdict.correct ? s.right : s.wrong;
    live.textContent = `${echoes(said, word) ? '' : `${word}. `}${said}${missed}`;
    if (verdict.correct) button.setAttribute('aria-disabled', 'true');
    else {
      wrong = true;
      button.textContent = s.tryAgain;
    }
    checked();
  });

  set.querySelector('.quiz-answer')!.remove();
  button.parentElement!.hidden = false;
  return self;
}

class QuizElement extends Enhancer<QuizLiveStrings> {
  protected enhance(s: QuizLiveStrings): void {
    const score = this.querySelector<HTMLElement>('.quiz-score');
    let recorded = false;
    const questions = [...this.querySelectorAll('fieldset')].map((set) => question(set, s, () => score && finish()));

    const finish = (): void => {
      if (questions.some((item) => item.first === undefined)) return;
      const right = questions.filter((item) => item.first).length;
      const total = questions.length;
      const lessonId = lessonIdOf(this);
      if (!recorded && lessonId) updateProgress((progress) => recordQuiz(progress, lessonId, right, total, Date.now()));
      recorded = true;
      if (!score!.hidden) return;
      score!.hidden = false;
      const passed = quizPassed(right, total) ? s.passed : s.notPassed;
      announce(score!.querySelector('p')!, el('strong', {}, fill(s.score, { score: right, total })), ` ${passed}`);
    };

    score?.querySelector('button')?.addEventListener('click', () => {
      for (const item of questions) {
        item.first = undefined;
        item.reset();
      }
      recorded = false;
      score.hidden = true;
      this.querySelector('input')?.focus();
    });
  }
}

export function defineQuiz(): void {
  define('ld-quiz', QuizElement);
}
