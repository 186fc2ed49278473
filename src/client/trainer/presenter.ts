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
  kicker: HTMLElement;
  lessonTitle: HTMLElement;
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
    kicker: get('[data-kicker]'),
    lessonTitle: get('[data-lesson-title]'),
    notes: get('[data-notes]'),
    counter: get('[data-counter]'),
    notesToggle: get('[data-notes-toggle]'),
  };
}

/**
 * The lesson and screen from the address: `?pelajaran=<slug>#3`, as the lesson's "Tampilkan di
 * proyektor" link and a shared link write it; `#<slug>/3` still opens from older links.
 */
function readAddress(): { slug: string; index: number } {
  const hash = decodeURIComponent(location.hash.slice(1));
  const fromQuery = new URLSearchParams(location.search).get('pelajaran');
  const [slug = '', index = '1'] = fromQuery ? [fromQuery, hash] : hash.split('/');
  return { slug, index: Math.max(0, Number(index) - 1 || 0) };
}

/** Shrinks a slide's type until it fits its frame, down to half; past that the frame scrolls. */
function fit(slide: HTMLElement): void {
  slide.style.fontSize = '';
  for (let scale = 0.9; slide.scrollHeight > slide.clientHeight + 1 && scale >= 0.5; scale -= 0.1)
    slide.style.fontSize = `${scale.toFixed(1)}em`;
}

interface Catalogue {
  lessons: Record<string, { slug: string; title: string }>;
  paths: { title: string; lessons: number[] }[];
}

/** The lessons to pick from, one group per path, the current one chosen. */
function fillPicker(select: HTMLSelectElement, catalogue: Catalogue, chosen: string): void {
  for (const path of catalogue.paths) {
    const group = el('optgroup', { label: path.title });
    for (const id of path.lessons) {
      const lesson = catalogue.lessons[id];
      if (lesson) group.append(new Option(lesson.title, lesson.slug, false, lesson.slug === chosen));
    }
    select.append(group);
  }
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
    p.kicker.textContent = slide.kicker;
    p.slide.replaceChildren(...slide.content.map((node) => node.cloneNode(true)));
    fit(p.slide);
    p.notes.replaceChildren(...slide.notes.map((node) => node.cloneNode(true)));
    p.notesToggle.disabled = slide.notes.length === 0;
    p.counter.textContent = text.counter.replace('{n}', String(index + 1)).replace('{total}', String(slides.length));
    history.replaceState(null, '', `?pelajaran=${encodeURIComponent(slug)}#${index + 1}`);
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
      p.lessonTitle.textContent = lesson.querySelector('h1')?.textContent ?? '';
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

  const { slug: fromAddress, index: at } = readAddress();
  void fetch(root.dataset['catalogue'] ?? '')
    .then((response) => response.json() as Promise<Catalogue>)
    .then((catalogue) => {
      fillPicker(p.select, catalogue, fromAddress);
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

  // A projector going full screen, or a window resized, gives the slide a new frame to fit.
  addEventListener('resize', () => {
    if (!p.stage.hidden) fit(p.slide);
  });
  if (fromAddress) void open(fromAddress, at);
}
