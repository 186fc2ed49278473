// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { el } from './dom';
import { keepingFocus, lessonIdOf, stringsOf } from './enhance';

afterEach(() => document.body.replaceChildren());

describe('el', () => {
  it('builds an element, leaving out attributes that are false or undefined', () => {
    const node = el('p', { class: 'x', tabindex: -1, hidden: false, id: undefined }, 'a', el('strong', {}, 'b'), false);
    expect(node.outerHTML).toBe('<p class="x" tabindex="-1">a<strong>b</strong></p>');
  });
});

describe('keepingFocus', () => {
  it('moves the keyboard to the fallback when the change hides the focused element', () => {
    document.body.innerHTML = '<div><details><summary>Lihat</summary></details><button>Periksa</button></div>';
    const root = document.body.firstElementChild!;
    root.querySelector('summary')!.focus();
    keepingFocus(
      root,
      () => root.querySelector('details')!.remove(),
      () => root.querySelector('button'),
    );
    expect(document.activeElement).toBe(root.querySelector('button'));
  });

  it('leaves the keyboard alone when it was elsewhere on the page', () => {
    document.body.innerHTML = '<a href="#x">x</a><div><button>Periksa</button></div>';
    document.querySelector('a')!.focus();
    const root = document.body.lastElementChild!;
    keepingFocus(
      root,
      () => undefined,
      () => root.querySelector('button'),
    );
    expect(document.activeElement).toBe(document.querySelector('a'));
  });
});

describe('page data', () => {
  it('reads the lesson id from the page and the words from data-strings', () => {
    document.body.innerHTML = `<article data-lesson-id="12"><div data-strings='{"next":"Lanjut"}'></div></article>`;
    const element = document.querySelector<HTMLElement>('[data-strings]')!;
    expect(lessonIdOf(element)).toBe(12);
    expect(stringsOf<{ next: string }>(element).next).toBe('Lanjut');
  });
});
