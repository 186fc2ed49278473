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
