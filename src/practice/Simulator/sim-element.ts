/**
 * <ld-sim>: puts the practice phone from its <template> (Simulator.tsx) in place of the
 * no-JavaScript summary. Each screen checks its fields the way a careful real app would,
 * with an error summary that takes the focus and plain messages beside each field; the
 * keyboard follows to each new screen. Nothing typed leaves the page.
 */
import { validate, type RuleName } from '../../lib/simulator/rules';
import { recordExercise } from '../../lib/progress/model';
import { fill } from '../../lib/text/fill';
import { updateProgress } from '../../client/storage/progress-store';
import { define, Enhancer, lessonIdOf } from '../../client/enhance';
import { el } from '../../client/dom';

type Messages = Record<string, string>;

function errorFor(input: HTMLInputElement, s: Messages): string | undefined {
  const label = input.labels?.[0]?.textContent ?? '';
  const error = validate((input.dataset['rule'] ?? 'text') as RuleName, input.value);
  if (error) return fill(s[error.code] ?? s['required']!, { label, ...error.vars });
  const expected = input.dataset['expect'];
  if (expected !== undefined && input.value.trim() !== expected) return fill(s['expect']!, { label, value: expected });
  return undefined;
}

function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll('.sim-errors, .sim-error').forEach((node) => node.remove());
  for (const input of form.querySelectorAll('input')) {
    input.closest('.sim-field')!.classList.remove('has-error');
    input.removeAttribute('aria-invalid');
    const hint = input.getAttribute('aria-describedby')?.split(' ')[0];
    if (hint?.endsWith('-hint')) input.setAttribute('aria-describedby', hint);
    else input.removeAttribute('aria-describedby');
  }
}

/** Marks each field that is wrong and lists them at the top; false when the screen is fine. */
function showErrors(form: HTMLFormElement, s: Messages): boolean {
  clearErrors(form);
  const links: HTMLElement[] = [];
  for (const input of form.querySelectorAll('input')) {
    const message = errorFor(input, s);
    if (!message) continue;
    const id = `${input.id}-error`;
    input.before(el('p', { class: 'sim-error', id }, message));
    input.closest('.sim-field')!.classList.add('has-error');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
    const link = el('a', { href: `#${input.id}` }, message);
    // The link takes the keyboard to the field itself, not just the page to it.
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.focus();
    });
    links.push(el('li', {}, link));
  }
  if (links.length === 0) return false;
  const summary = el(
    'div',
    { class: 'sim-errors', role: 'alert', tabindex: -1 },
    el('p', {}, el('strong', {}, fill(s['errorSummary']!, { count: links.length }))),
    el('ul', {}, ...links),
  );
  form.querySelector('.sim-field, .sim-selfie, button')!.before(summary);
  summary.focus();
  return true;
}

class SimElement extends Enhancer<Messages> {
  protected enhance(s: Messages): void {
    this.replaceChildren(this.querySelector('template')!.content.cloneNode(true));
    const forms = [...this.querySelectorAll('form')];
    const screens = [...this.querySelectorAll<HTMLElement>('.sim-screen')];
    const show = (at: number): void => {
      screens.forEach((screen, index) => (screen.hidden = index !== at));
      // Focus follows the learner to each new screen, as a real app's would.
      screens[at]!.querySelector('h3')!.focus();
    };
    forms.forEach((form, index) =>
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (showErrors(form, s)) return;
        show(index + 1);
        const lessonId = lessonIdOf(this);
        const id = this.dataset['id']!;
        if (index + 1 === forms.length && lessonId)
          updateProgress((progress) => recordExercise(progress, lessonId, id, Date.now()));
      }),
    );
    screens
      .at(-1)!
      .querySelector('button')!
      .addEventListener('click', () => {
        for (const form of forms) {
          form.reset();
          clearErrors(form);
        }
        show(0);
      });
  }
}

export function defineSimulator(): void {
  define('ld-sim', SimElement);
}
