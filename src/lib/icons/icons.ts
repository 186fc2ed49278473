/**
 * The site's pictures for paths, services and glossary words: simple 24 × 24 line drawings in
 * one sprite (/icons.svg, src/pages/icons.svg.ts). A page refers to them with <use>, so the
 * drawings download once for the whole site and lesson pages carry none of them.
 */
export const ICONS = {
  phone: 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM11 18h2',
  shield: 'M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5zM9 12l2 2 4-4',
  'id-card': 'M3 5h18v14H3zM7 9a2 2 0 1 0 4 0 2 2 0 1 0-4 0M6 16c.5-2 1.5-3 3-3s2.5 1 3 3M14 9h4M14 13h4',
  health: 'M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 6-8 11-8 11zM12 9v6M9 12h6',
  car: 'M5 11l2-5h10l2 5M3 11h18v6H3zM6 17v2M18 17v2M7 14h.01M17 14h.01',
  megaphone: 'M3 10v4h3l7 4V6L6 10zM16 9a4 4 0 0 1 0 6M6 14l1 5h3l-1-4',
  shop: 'M4 9l1-5h14l1 5M4 9h16v11H4zM4 9a2.7 2.7 0 0 0 5.3 0 2.7 2.7 0 0 0 5.4 0 2.7 2.7 0 0 0 5.3 0M10 20v-5h4v5',
  tax: 'M6 2h9l4 4v16H6zM15 2v4h4M9 17l6-6M9.5 11.5h.01M14.5 16.5h.01',
  aid: 'M2 15h4l4 2h5a2 2 0 0 0 0-4h-3M6 15v6H2M15 13l5-3a2 2 0 0 1 2 3l-6 5M15 3a3 3 0 1 0 0 6 3 3 0 1 0 0-6',
  ballot: 'M4 11h16v10H4zM8 11V4h8v7M10 7l1.5 1.5L14 6',
  passport: 'M6 2h12v20H6zM12 8a3 3 0 1 0 0 6 3 3 0 1 0 0-6M9 18h6',
  flag: 'M5 22V3M5 4h12l-2 4 2 4H5',
  bank: 'M3 10l9-6 9 6M5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 21h18',
  briefcase: 'M3 7h18v13H3zM8 7V4h8v3M3 13h18',
  document: 'M6 2h9l4 4v16H6zM15 2v4h4M9 12h6M9 16h6',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zm4.6-1.9L21 21',
  menu: 'M3 6h18M3 12h18M3 18h18',
  book: 'M4 4h7a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-5a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h5z',
} as const;
export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as IconName[];

/** The sprite: one <symbol> per drawing, stroked in the colour of the text around it. */
export function sprite(): string {
  const symbols = ICON_NAMES.map(
    (name) =>
      `<symbol id="${name}" viewBox="0 0 24 24"><path d="${ICONS[name]}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}
