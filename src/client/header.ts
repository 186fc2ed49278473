/**
 * The header's two disclosures ("Cari", "Menu") open without JavaScript. From 48rem they are
 * open and their buttons hidden (layout.css does the same without JavaScript), so desktop keeps
 * the links and the box in view. On a phone this makes them behave like menu buttons: one open
 * at a time, the search box focused when it opens, Escape or a tap elsewhere closes them.
 */
export function setUpHeader(): void {
  const disclosures = [...document.querySelectorAll<HTMLDetailsElement>('[data-header-disclosure]')];
  const wide = matchMedia('(min-width: 48rem)');
  const sync = () => disclosures.forEach((details) => (details.open = wide.matches));
  sync();
  wide.addEventListener('change', sync);
  const close = (details: HTMLDetailsElement, focus: boolean) => {
    details.open = false;
    if (focus) details.querySelector('summary')?.focus();
  };
  for (const details of disclosures) {
    details.addEventListener('toggle', () => {
      if (!details.open || wide.matches) return;
      for (const other of disclosures) if (other !== details) other.open = false;
      details.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    });
    details.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details.open && !wide.matches) close(details, true);
    });
  }
  // On a page with its own search box, "Cari" is a link to it: land in the box, ready to type.
  const link = document.querySelector<HTMLAnchorElement>('a.header-button--link');
  link?.addEventListener('click', (event) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const box = target?.matches('input') ? target : target?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box) return;
    event.preventDefault();
    box.focus();
  });
  document.addEventListener('pointerdown', (event) => {
    if (wide.matches) return;
    for (const details of disclosures)
      if (details.open && !details.contains(event.target as Node)) close(details, false);
  });
}
