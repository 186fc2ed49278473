/** The search box's UI strings per locale, generated for its lazy module (src/integrations/lazy-bundles/route.ts). */
declare module 'langkah:finder-strings' {
  const strings: Record<string, Record<string, string>>;
  export default strings;
}

/** The "Menyimpan 1,2 MB…" notice's words per locale, generated for its lazy module. */
declare module 'langkah:save-notice-strings' {
  const strings: Record<string, Record<string, string>>;
  export default strings;
}

/** The editor's choices (paths, services, lessons, terms), read from content/ when `npm run author` starts. */
declare module 'virtual:langkah-authoring' {
  import type { AuthoringOptions } from './authoring/options';
  const options: AuthoringOptions;
  export default options;
}
