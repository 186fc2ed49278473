/** The search box's UI strings per locale, generated for its lazy module (src/pages/lazy/[name].js.ts). */
declare module 'langkah:finder-strings' {
  const strings: Record<'id' | 'en', Record<string, string>>;
  export default strings;
}
