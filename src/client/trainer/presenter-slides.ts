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
  message: string;
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

/** A run of items shown one per slide: numbered steps, or the messages of a scam drill. */
const SERIES = 'ld-steps, ld-drill';
const holdsSeries = (node: Element) => node.matches(SERIES) || node.querySelector(SERIES) !== null;

/** What a step shows as its picture: a drawn screen (<Screen>), a figure or an image. */
const PICTURE = '[data-screen], figure, img';

/**
 * A step as a slide: its number large inside the frame (the kicker says "Langkah 2 dari 5" in
 * words), its text, and its picture beside it when it has one.
 */
function stepSlide(step: Element, n: number): Element {
  const copy = staticCopy(step);
  const pictures = Array.from(copy.querySelectorAll(PICTURE)).filter((node) => !node.parentElement?.closest(PICTURE));
  pictures.forEach((node) => node.remove());
  return el(
    'div',
    { class: pictures.length > 0 ? 'presenter__step presenter__step--picture' : 'presenter__step' },
    el('p', { class: 'presenter__number', 'aria-hidden': 'true' }, String(n)),
    el('div', { class: 'presenter__text' }, ...Array.from(copy.childNodes)),
    ...(pictures.length > 0 ? [el('div', { class: 'presenter__picture' }, ...pictures)] : []),
  );
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
    const title = heading.textContent ?? '';
    let rest = content;
    let lead: Element[] = [staticCopy(heading)];
    let sectionNotes = notes;
    // Steps and drill messages come one per screen; what lies between them stays together.
    for (let at = rest.findIndex(holdsSeries); at >= 0; at = rest.findIndex(holdsSeries)) {
      const holder = rest[at]!;
      const series = holder.matches(SERIES) ? holder : holder.querySelector(SERIES)!;
      const before = rest.slice(0, at);
      if (holder !== series) {
        const intro = holder.cloneNode(true) as Element;
        intro.querySelector(SERIES)?.remove();
        before.push(intro);
      }
      // A heading with nothing under it before the series is no slide: the kicker names the section.
      if (before.length > 0)
        slides.push({ kicker: lead.length ? '' : title, content: [...lead, ...before], notes: sectionNotes });
      const steps = series.matches('ld-steps');
      const items = Array.from(series.querySelectorAll(steps ? ':scope > ol > li' : '.drill-list > li'));
      items.forEach((item, index) => {
        const position = fill(steps ? text.step : text.message, { n: index + 1, total: items.length });
        const slide = steps ? stepSlide(item, index + 1) : staticCopy(item);
        slides.push({
          kicker: `${title} · ${position}`,
          content: [slide],
          notes: before.length > 0 ? [] : sectionNotes,
        });
      });
      rest = rest.slice(at + 1);
      lead = [];
      sectionNotes = [];
    }
    if (lead.length > 0 || rest.length > 0)
      slides.push({ kicker: lead.length ? '' : title, content: [...lead, ...rest], notes: sectionNotes });
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
