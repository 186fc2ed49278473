/**
 * GLUE: the lessons' loader. Astro's glob loader, except that a lesson body is not made into a
 * Vite module: the lesson page compiles it when it renders (src/mdx/body.ts). Each module cost
 * the bundler about 8 ms and its share of memory, so 10,000 lessons spent 83 s and most of the
 * build's 7.6 GiB there, where Sätteri compiles a body in about a millisecond.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/** The store as the glob loader sees it: entries kept, no module made for their bodies. */
function withoutBodyModules(store: Store): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'set') {
        return (entry: Entry) => target.set({ ...entry, deferredRender: false });
      }
      if (key === 'addModuleImport') return () => {};
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function lessonFiles(options: Parameters<typeof glob>[0]): Loader {
  const files = glob(options);
  return {
    name: 'langkah-lessons',
    load: (context) => files.load({ ...context, store: withoutBodyModules(context.store) }),
  };
}
