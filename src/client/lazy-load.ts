/** Loads a module from /lazy/ once (see src/pages/lazy/[name].js.ts). */
const loaded = new Set<string>();

export function loadLazy(name: 'read-aloud' | 'storage-notice'): void {
  if (loaded.has(name)) return;
  loaded.add(name);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${import.meta.env.BASE_URL}lazy/${name}.js`;
  document.head.append(script);
}
