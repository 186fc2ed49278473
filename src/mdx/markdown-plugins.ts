/**
 * The HAST plugins every Markdown and MDX body goes through: Astro's processor for site pages
 * (astro.config.mjs) and the lesson page's own compile (src/mdx/body.ts), so both check alike.
 */
import path from 'node:path';
import { contentDir, loadOfficialHosts } from '../data/content-files';
import { officialLinksPlugin } from './official-links-plugin';

export function markdownHastPlugins() {
  return [officialLinksPlugin({ officialHosts: loadOfficialHosts(), lessonsDir: path.join(contentDir, 'lessons') })];
}
