/**
 * Icons and the web app manifest, generated at build from one SVG (src/assets/icon.svg)
 * and the region's colours in content/site.yaml, so another region rebrands by content.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { SiteData } from '../schemas/site';

const ICON_SOURCE = new URL('../assets/icon.svg', import.meta.url);

/** The glyph on the brand colour; maskable icons keep it inside the central safe zone. */
function iconSvg(glyph: string, brand: string, size: number, maskable: boolean): string {
  const inner = glyph.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const scale = maskable ? 0.6 : 0.75;
  const offset = (32 * (1 - scale)) / 2;
  const radius = maskable ? 0 : 6;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="${radius}" fill="${brand}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${inner}</g></svg>`;
}

export interface PwaIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

export async function writeIcons(distDir: string, base: string, site: SiteData): Promise<PwaIcon[]> {
  const glyph = await readFile(ICON_SOURCE, 'utf8');
  await mkdir(path.join(distDir, 'icons'), { recursive: true });
  const icons: PwaIcon[] = [];
  const variants = [
    { size: 192, maskable: false },
    { size: 512, maskable: false },
    { size: 192, maskable: true },
    { size: 512, maskable: true },
  ];
  for (const { size, maskable } of variants) {
    const name = `icon-${maskable ? 'maskable-' : ''}${size}.png`;
    await sharp(Buffer.from(iconSvg(glyph, site.colours.brand, size, maskable)))
      .png({ compressionLevel: 9 })
      .toFile(path.join(distDir, 'icons', name));
    icons.push({
      src: `${base}icons/${name}`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: maskable ? 'maskable' : 'any',
    });
  }
  // iOS ignores the manifest's icons and wants a square, opaque 180 px image.
  await sharp(Buffer.from(iconSvg(glyph, site.colours.brand, 180, true)))
    .png()
    .toFile(path.join(distDir, 'icons', 'apple-touch-icon.png'));
  return icons;
}

export async function writeManifest(distDir: string, base: string, site: SiteData, icons: PwaIcon[]): Promise<void> {
  const manifest = {
    name: site.name,
    short_name: site.shortName,
    description: site.tagline.id,
    lang: 'id',
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    orientation: 'portrait',
    theme_color: site.colours.brand,
    background_color: site.colours.background,
    categories: ['education'],
    icons,
  };
  await writeFile(path.join(distDir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The Kiwix edition's 48 × 48 illustration, the one Kiwix shows in its library: the same icon. */
export async function writeIllustration(file: string, site: SiteData): Promise<void> {
  const glyph = await readFile(ICON_SOURCE, 'utf8');
  await sharp(Buffer.from(iconSvg(glyph, site.colours.brand, 48, false)))
    .png({ compressionLevel: 9 })
    .toFile(file);
}
