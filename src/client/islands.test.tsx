// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineIsland, defineIslands } from './islands';
import { replaceWith } from '../islands/replace-with';

// happy-dom has no layout, so no IntersectionObserver: this one reports what the test says is on screen.
const observed: { element: Element; callback: IntersectionObserverCallback }[] = [];
class FakeObserver {
  constructor(private callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    observed.push({ element, callback: this.callback });
  }
  disconnect() {}
}
const scrollIntoView = (element: Element) =>
  observed
    .filter((entry) => entry.element === element)
    .forEach((entry) => entry.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as never));

function island(html: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as HTMLElement;
}
const awake = (element: HTMLElement) => vi.waitFor(() => expect(element.hasAttribute('data-awake')).toBe(true));

beforeAll(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  defineIslands();
});
afterEach(() => document.body.replaceChildren());

describe('<ld-island>', () => {
  it('stays its no-JavaScript form until it comes into view, then mounts with its props', async () => {
    const mount = vi.fn((element: HTMLElement, props: object) => (element.textContent = JSON.stringify(props)));
    defineIsland('quiz', mount);
    const element = island(
      `<ld-island data-name="quiz" data-when="visible" data-props='{"a":1}'><p>form</p></ld-island>`,
    );
    expect(element.textContent).toBe('form');
    expect(mount).not.toHaveBeenCalled();

    scrollIntoView(element);
    await awake(element);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(element.textContent).toBe('{"a":1}');
  });

  it('wakes on the first touch, once, even for an island defined after it was touched', async () => {
    const element = island(`<ld-island data-name="finder" data-when="interaction"><input></ld-island>`);
    element.querySelector('input')!.dispatchEvent(new Event('focusin', { bubbles: true }));
    element.dispatchEvent(new Event('keydown'));
    const mount = vi.fn();
    defineIsland('finder', mount);
    await awake(element);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(mount).toHaveBeenCalledWith(element, {});
  });
});

describe('replaceWith', () => {
  it('draws the component over the no-JavaScript form and keeps the keyboard inside', () => {
    const element = island(`<ld-island><button>old</button></ld-island>`);
    element.querySelector('button')!.focus();
    replaceWith(({ label }: { label: string }) => <button type="button">{label}</button>)(element, { label: 'new' });
    expect(element.textContent).toBe('new');
    expect(document.activeElement).toBe(element.querySelector('button'));
  });
});
