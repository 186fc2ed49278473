/**
 * The presenter view: a lesson on a projector, one slide at a time. It reads the lesson
 * page itself (precached, so it works offline) and moves by keyboard, a presentation
 * clicker (PageDown/PageUp), buttons or a swipe.
 */
import { buildSlides, type Slide, type SlideText } from './presenter-slides';
import { el } from '../dom';

interface Parts {
  intro: HTMLElement;
  pick: HTMLFormElement;
  select: HTMLSelectElement;
  stage: HTMLElement;
  slide: HTMLElement;
  notes: HTMLElement;
  counter: HTMLElement;
  notesToggle: HTMLButtonElement;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

function parts(root: HTMLElement): Parts {
  const get = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  return {
    intro: get('[data-presenter-intro]'),
    pick: get('[data-presenter-pick]'),
    select: get('select'),
    stage: get('[data-presenter-stage]'),
    slide: get('[data-slide]'),
    notes: get('[data-notes]'),
    counter: get('[data-counter]'),
    notesToggle: get('[data-notes-toggle]'),
  };
}

function readHash(): { slug: string; index: number } {
  const [slug = '', index = '1'] = decodeURIComponent(location.hash.slice(1)).split('/');
  return { slug, index: Math.max(0, Number(index) - 1 || 0) };
}

export function setUpPresenter(root: HTMLElement): void {
  const p = parts(root);
  const text = JSON.parse(root.dataset['text'] ?? '{}') as SlideText & { counter: string; failed: string };
  const lessonHref = (slug: string) => (root.dataset['lessonHref'] ?? '').replace('{slug}', slug);
  let slides: Slide[] = [];
  let slug = '';
  let index = 0;

  const show = (next: number, focus = true) => {
    index = Math.min(Math.max(next, 0), slides.length - 1);
    const slide = slides[index]!;
    const kicker = slide.kicker ? [el('p', { class: 'presenter__kicker' }, slide.kicker)] : [];
    p.slide.replaceChildren(...kicker, ...slide.content.map((node) => node.cloneNode(true)));
    p.notes.replaceChildren(...slide.notes.map((node) => node.cloneNode(true)));
    p.notesToggle.disabled = slide.notes.length === 0;
    p.counter.textContent = text.counter.replace('{n}', String(index + 1)).replace('{total}', String(slides.length));
    history.replaceState(null, '', `#${slug}/${index + 1}`);
    if (focus) p.slide.focus();
  };

  const open = async (next: string, at: number) => {
    slug = next;
    try {
      const response = await fetch(lessonHref(slug));
      if (!response.ok) throw new Error(String(response.status));
      // Only the lesson, without its inline styles: parsing those would trip the page's CSP.
      const html = (await response.text()).replace(/<style[\s\S]*?<\/style>/g, '');
      const page = new DOMParser().parseFromString(html.slice(html.indexOf('<article')), 'text/html');
      const lesson = page.querySelector('article.lesson');
      if (!lesson) throw new Error('not a lesson');
      slides = buildSlides(lesson, text);
    } catch {
      p.intro.querySelector('.form-error')?.remove();
      p.pick.before(el('p', { class: 'form-error', role: 'alert' }, text.failed));
      return;
    }
    p.intro.hidden = true;
    p.stage.hidden = false;
    root.classList.add('presenter--active');
    root.querySelector<HTMLAnchorElement>('[data-exit]')!.href = lessonHref(slug);
    show(at);
  };

  void fetch(root.dataset['catalogue'] ?? '')
    .then((response) => response.json() as Promise<{ lessons: Record<string, { slug: string; title: string }> }>)
    .then((catalogue) => {
      for (const lesson of Object.values(catalogue.lessons)) p.select.add(new Option(lesson.title, lesson.slug));
      p.pick.hidden = false;
    })
    .catch(() => undefined);
  p.pick.addEventListener('submit', (event) => {
    event.preventDefault();
    void open(p.select.value, 0);
  });

  root.querySelector('[data-next]')!.addEventListener('click', () => show(index + 1, false));
  root.querySelector('[data-prev]')!.addEventListener('click', () => show(index - 1, false));
  root
    .querySelector('[data-fullscreen]')!
    .addEventListener('click', () => void root.requestFullscreen?.().catch(() => undefined));
  p.notesToggle.addEventListener('click', () => {
    p.notes.hidden = !p.notes.hidden;
    p.notesToggle.setAttribute('aria-expanded', String(!p.notes.hidden));
  });
  document.addEventListener('keydown', (event) => {
    if (p.stage.hidden || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    // Buttons and links keep their own Enter and Space.
    if ((event.key === 'Enter' || event.key === ' ') && target.closest('button, a, summary, input, select')) return;
    let next: number | undefined;
    if (NEXT.has(event.key)) next = index + 1;
    else if (PREVIOUS.has(event.key)) next = index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = slides.length - 1;
    else if (event.key.toLowerCase() === 'n' && !p.notesToggle.disabled) p.notesToggle.click();
    if (next === undefined) return;
    event.preventDefault();
    show(next);
  });
  let startX: number | undefined;
  p.slide.addEventListener('pointerdown', (event) => (startX = event.clientX));
  p.slide.addEventListener('pointerup', (event) => {
    if (startX === undefined) return;
    const moved = event.clientX - startX;
    startX = undefined;
    if (Math.abs(moved) > 60) show(index + (moved < 0 ? 1 : -1), false);
  });

  const { slug: fromHash, index: at } = readHash();
  if (fromHash) void open(fromHash, at);
}
