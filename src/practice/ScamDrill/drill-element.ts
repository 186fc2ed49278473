/**
 * <ld-drill>: turns the server's list of messages (ScamDrill.tsx) into a drill. One message
 * shows at a time; the learner judges it "Aman" or "Penipuan" before its red flags appear,
 * and the keyboard follows from message to verdict to the next message and the score.
 */
import { drillScore, type Verdict } from '../../lib/drill/score';
import { recordExercise } from '../../lib/progress/model';
import { fill } from '../../lib/text/fill';
import { updateProgress } from '../../client/storage/progress-store';
import { define, Enhancer, lessonIdOf } from '../../client/enhance';
import { el } from '../../client/dom';
import type { DrillLiveStrings } from './strings';

class DrillElement extends Enhancer<DrillLiveStrings> {
  protected enhance(s: DrillLiveStrings): void {
    const list = this.querySelector('ol')!;
    const items = [...list.children] as HTMLElement[];
    const truth = items.map((item) => item.dataset['verdict'] as Verdict);
    // The explanation moves out of its disclosure: it shows once the learner has answered.
    const explanations = items.map((item) => {
      const details = item.querySelector('details')!;
      details.remove();
      return details.querySelector('div')!;
    });
    let answers: Verdict[] = [];
    let index = 0;

    const progress = el('p', { class: 'drill-progress' });
    const judge = (verdict: Verdict, label: string, tone: string) => {
      const button = el('button', { type: 'button', class: `button drill-${tone}` }, label);
      button.addEventListener('click', () => answer(verdict));
      return button;
    };
    const actions = el(
      'div',
      { class: 'drill-actions', role: 'group', 'aria-label': s.answer },
      judge('safe', s.safe, 'safe'),
      judge('scam', s.scam, 'scam'),
    );
    const next = el('button', { type: 'button', class: 'button' }, s.next);
    next.addEventListener('click', () => show(index + 1, true));
    const result = el('p', { class: 'drill-result', tabindex: -1, role: 'status' });
    const restart = el('button', { type: 'button', class: 'button button--secondary' }, s.restart);
    const end = el('div', { hidden: '' }, result, restart);
    restart.addEventListener('click', () => {
      answers = [];
      show(0, true);
    });
    this.prepend(progress);
    this.append(end);

    const show = (at: number, moved: boolean): void => {
      index = at;
      this.querySelector('.drill-feedback')?.remove();
      const done = at >= items.length;
      progress.hidden = list.hidden = done;
      end.hidden = !done;
      if (done) {
        result.replaceChildren(
          el('strong', {}, fill(s.score, { right: drillScore(answers, truth).right, total: items.length })),
        );
        return result.focus();
      }
      progress.textContent = fill(s.messageOf, { number: at + 1, total: items.length });
      items.forEach((item, i) => (item.hidden = i !== at));
      const card = items[at]!.querySelector<HTMLElement>('figure')!;
      card.tabIndex = -1;
      card.after(actions);
      if (moved) card.focus();
    };

    const answer = (verdict: Verdict): void => {
      answers[index] = verdict;
      const right = verdict === truth[index];
      const explanation = explanations[index]!.cloneNode(true) as HTMLElement;
      const first = explanation.firstElementChild as HTMLElement;
      first.tabIndex = -1;
      first.prepend(el('strong', {}, right ? `✓ ${s.right}` : `✗ ${s.wrong}`), ' ');
      actions.replaceWith(
        el('div', { class: `drill-feedback ${right ? 'is-right' : 'is-wrong'}` }, ...explanation.childNodes, next),
      );
      first.focus();
      if (answers.filter(Boolean).length === items.length) {
        const lessonId = lessonIdOf(this);
        const id = this.dataset['id']!;
        if (lessonId) updateProgress((saved) => recordExercise(saved, lessonId, id, Date.now()));
      }
    };

    show(0, false);
  }
}

export function defineDrill(): void {
  define('ld-drill', DrillElement);
}
