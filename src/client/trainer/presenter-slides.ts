/**
 * Turns a lesson page into slides for a projector: the title and objectives, then one
 * slide per section, one per numbered step, and one per quiz question. Trainer notes
 * leave the slides and travel with them, shown only when the trainer asks.
 */
import { fill } from '../../lib/text/fill';
import { el } from '../dom';

export interface Slide {
  /** Small line above the content: the section a step belongs to, or "Kuis 2/4". */
  kicker: string;
  content: Element[];
  notes: Element[];
}

export interface SlideText {
  step: string;
  quiz: string;
  exercise: string;
}

/**
 * The lesson comes as the server wrote it, so quizzes and drills are in their no-JavaScript
 * form: readable, with answers to reveal, and nothing runs on the projector.
 */
function staticCopy(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('script, style, link, template, .read-aloud, [hidden]').forEach((node) => node.remove());
  copy.removeAttribute('id');
  return copy;
}

function splitNotes(nodes: Element[]): { content: Element[]; notes: Element[] } {
  const notes: Element[] = [];
  const content = nodes.map((node) => {
    const copy = staticCopy(node);
    if (copy.matches('.trainer-note')) {
      notes.push(copy);
      return undefined;
    }
    copy.querySelectorAll('.trainer-note').forEach((note) => {
      notes.push(note);
      note.remove();
    });
    return copy;
  });
  return { content: content.filter((node): node is Element => node !== undefined), notes };
}

export function buildSlides(lesson: Element, text: SlideText): Slide[] {
  const slides: Slide[] = [];
  const title = lesson.querySelector('h1');
  const objectives = lesson.querySelector('section[aria-labelledby="objectives-title"]');
  slides.push({
    kicker: '',
    content: [title, objectives].flatMap((node) => (node ? [staticCopy(node)] : [])),
    notes: [],
  });

  const prose = lesson.querySelector('.prose');
  const sections: { heading: Element; nodes: Element[] }[] = [];
  for (const child of Array.from(prose?.children ?? [])) {
    if (child.tagName === 'H2') sections.push({ heading: child, nodes: [] });
    else sections.at(-1)?.nodes.push(child);
  }
  for (const { heading, nodes } of sections) {
    const { content, notes } = splitNotes(nodes);
    const stepsIndex = content.findIndex((node) => node.matches('ld-steps'));
    const headingCopy = staticCopy(heading);
    if (stepsIndex < 0) {
      slides.push({ kicker: '', content: [headingCopy, ...content], notes });
      continue;
    }
    const before = content.slice(0, stepsIndex);
    const after = content.slice(stepsIndex + 1);
    const steps = Array.from(content[stepsIndex]!.querySelectorAll(':scope > ol > li'));
    if (before.length > 0) slides.push({ kicker: '', content: [headingCopy, ...before], notes });
    steps.forEach((step, index) => {
      const list = el('ol', { class: 'presenter__step', start: index + 1 }, step.cloneNode(true));
      const kicker = `${heading.textContent ?? ''} · ${fill(text.step, { n: index + 1, total: steps.length })}`;
      slides.push({ kicker, content: [list], notes: before.length > 0 ? [] : notes });
    });
    if (after.length > 0) slides.push({ kicker: heading.textContent ?? '', content: after, notes: [] });
  }

  const questions = Array.from(lesson.querySelectorAll('.quiz-section .quiz-question'));
  questions.forEach((question, index) => {
    slides.push({
      kicker: fill(text.quiz, { n: index + 1, total: questions.length }),
      content: [staticCopy(question)],
      notes: [],
    });
  });
  return slides;
}
