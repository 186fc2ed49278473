import { describe, expect, it } from 'vitest';
import { ICON_NAMES, sprite } from './icons';

describe('the icon sprite', () => {
  it('has one symbol per icon, each addressable by its name', () => {
    const svg = sprite();
    for (const name of ICON_NAMES) expect(svg).toContain(`<symbol id="${name}" viewBox="0 0 24 24">`);
    expect(svg.match(/<symbol /g)).toHaveLength(ICON_NAMES.length);
  });
  it('draws in the colour of the surrounding text', () => {
    expect(sprite()).not.toMatch(/stroke="#/);
  });
});
