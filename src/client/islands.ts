/**
 * <ld-island>: wakes the Preact islands of content pages (src/components/Island.astro).
 * An island wakes when it scrolls near the screen, or on the first touch; until then, and
 * without JavaScript, its no-JavaScript form is the page. Each kind of island is defined by
 * the page that uses it (its component's <script>), so a page carries only its own islands.
 */

export type IslandName = 'quiz' | 'drill' | 'simulator' | 'finder';
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
    if (this.dataset['when'] === 'interaction') {
      for (const name of WAKE_ON) this.addEventListener(name, this.#wake, { once: true, passive: true });
      return;
    }
    // Half a screen ahead, so the island is ready by the time the reader gets there.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((item) => item.isIntersecting)) return;
        observer.disconnect();
        void this.#wake();
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(this);
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
