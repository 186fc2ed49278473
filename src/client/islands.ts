/**
 * <ld-island>: a Preact island that wakes on the first touch (src/components/Island.astro).
 * Until then, and without JavaScript, its server-rendered form is the page. Used by the
 * search box in every page's header: its code loads only when someone reaches for it.
 * Lesson practice (quiz, drill, simulator) needs no island: plain custom elements enhance it.
 */

export type IslandName = 'finder';
/** Puts a live island in place of its server-rendered form. */
export type Mount = (element: HTMLElement, props: object) => unknown;

const mounts = new Map<string, { mount: Promise<Mount>; define: (mount: Mount) => void }>();
function entry(name: string) {
  let found = mounts.get(name);
  if (!found) {
    let define!: (mount: Mount) => void;
    const mount = new Promise<Mount>((resolve) => (define = resolve));
    mounts.set(name, (found = { mount, define }));
  }
  return found;
}

export function defineIsland(name: IslandName, mount: Mount): void {
  entry(name).define(mount);
}

const WAKE_ON = ['focusin', 'pointerdown', 'keydown'] as const;

class Island extends HTMLElement {
  #woken = false;

  connectedCallback(): void {
    for (const name of WAKE_ON) this.addEventListener(name, this.#wake, { once: true, passive: true });
    if (this.hasAttribute('data-eager')) void this.#wake();
  }

  #wake = async (): Promise<void> => {
    if (this.#woken) return;
    this.#woken = true;
    const mount = await entry(this.dataset['name'] ?? '').mount;
    await mount(this, JSON.parse(this.dataset['props'] ?? '{}') as object);
    this.toggleAttribute('data-awake', true);
  };
}

export function defineIslands(): void {
  if (!customElements.get('ld-island')) customElements.define('ld-island', Island);
}
