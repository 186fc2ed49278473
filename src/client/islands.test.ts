// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineIsland, defineIslands } from './islands';

function island(html: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as HTMLElement;
}
const awake = (element: HTMLElement) => vi.waitFor(() => expect(element.hasAttribute('data-awake')).toBe(true));

beforeAll(defineIslands);
afterEach(() => document.body.replaceChildren());

describe('<ld-island>', () => {
  it('stays its no-JavaScript form until touched, then wakes once, even when defined after the touch', async () => {
    const element = island(`<ld-island data-name="finder" data-props='{"a":1}'><input></ld-island>`);
    element.dispatchEvent(new Event('pointerover'));
    expect(element.hasAttribute('data-awake')).toBe(false);
    element.querySelector('input')!.dispatchEvent(new Event('focusin', { bubbles: true }));
    element.dispatchEvent(new Event('keydown'));
    const mount = vi.fn();
    defineIsland('finder', mount);
    await awake(element);
    expect(mount).toHaveBeenCalledTimes(1);
    expect(mount).toHaveBeenCalledWith(element, { a: 1 });
  });
});
