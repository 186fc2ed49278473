import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FinderHit } from '../../lib/search/finder';
import type { AsyncFinder } from '../../lib/search/finder-query';
import { fetchFinder } from '../finder-index';
import { fill } from '../../lib/text/fill';
import { Field } from '../Field';
import type { FinderStrings } from './strings';
import type { Locale } from '../../lib/i18n/locales';
import { siteUrl } from '../../client/site-url';

export interface FinderProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** Where the form goes without JavaScript, and for "all results": the full-text search page. */
  action: string;
  indexUrl: string;
  /** The icon sprite, for each suggestion's picture. */
  iconsUrl: string;
  locale: Locale;
  strings: FinderStrings;
  /** A compact box in the header, or a large one on the home page. */
  variant: 'header' | 'hero';
  /** Starts from the page address's ?q= (the Kiwix edition's search page, where "all results" lead). */
  fromAddress?: boolean | undefined;
}

/**
 * Suggests lessons and glossary terms as the learner types. Without JavaScript it is a
 * plain form to the search page; with it, suggestions appear as links below the box.
 * Arrow keys move between them, Escape clears.
 */
export default function Finder(props: FinderProps) {
  const { id, label, hint, action, indexUrl, iconsUrl, locale, strings, variant, fromAddress } = props;
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const engine = useRef<Promise<AsyncFinder | undefined> | undefined>(undefined);
  const latest = useRef(0);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<FinderHit[] | undefined>();
  const [status, setStatus] = useState('');
  const kept = useRef<string | undefined>(undefined);

  const search = async (text: string) => {
    const ticket = ++latest.current;
    setQuery(text);
    if (text.trim().length < 2) return setHits(undefined);
    engine.current ??= fetchFinder(siteUrl(indexUrl), locale).then(
      ({ engine }) => engine,
      () => (engine.current = undefined),
    );
    if (!hits) setStatus(strings.loading);
    const finder = await engine.current;
    const found = await finder?.search(text, 6).catch(() => undefined);
    // Ignore answers to a query the learner has already typed past.
    if (ticket !== latest.current) return;
    if (!found) return setStatus(strings.offline);
    // An answer can land after the learner has arrowed into the list: keep their place in it.
    const focused = list.current?.contains(document.activeElement) ? document.activeElement : null;
    kept.current = focused?.getAttribute('href') ?? undefined;
    setHits(found);
    setStatus(found.length ? fill(strings.count, { count: found.length }) : strings.none);
  };

  // The box may have had text typed before it woke up.
  useEffect(() => {
    const asked = fromAddress ? new URLSearchParams(location.search).get('q') : null;
    if (input.current && !input.current.value && asked) input.current.value = asked;
    if (input.current?.value) void search(input.current.value);
  }, []);

  const links = () => [...(list.current?.querySelectorAll('a') ?? [])];
  useLayoutEffect(() => {
    if (kept.current === undefined) return;
    links()
      .find((link) => link.getAttribute('href') === kept.current)
      ?.focus();
    kept.current = undefined;
  }, [hits]);

  const onKey = (event: KeyboardEvent) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      setHits(undefined);
      setQuery('');
      if (input.current) input.current.value = '';
      input.current?.focus();
    } else if (event.key === 'ArrowDown' && items.length) {
      event.preventDefault();
      items[Math.min(at + 1, items.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else items[at - 1]?.focus();
    }
  };

  return (
    <form
      class={`finder finder--${variant}`}
      action={action}
      method="get"
      role="search"
      aria-label={label}
      onKeyDown={onKey}
    >
      <Field
        id={id}
        label={label}
        hint={hint}
        describedBy={`${id}-status`}
        labelClass={variant === 'header' ? 'visually-hidden' : 'finder__label'}
      >
        {(control) => (
          <div class="finder__row">
            <input
              {...control}
              ref={input}
              name="q"
              type="search"
              autoComplete="off"
              enterKeyHint="search"
              aria-controls={`${id}-results`}
              onInput={(event) => void search(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              {strings.submit}
            </button>
          </div>
        )}
      </Field>
      <p id={`${id}-status`} class="finder__status" role="status">
        {hits || status === strings.loading || status === strings.offline ? status : ''}
      </p>
      <ul id={`${id}-results`} class="finder__results" ref={list} hidden={!hits?.length}>
        {hits?.map((hit) => (
          <li key={hit.ref}>
            <a href={siteUrl(hit.path)}>
              <svg class="icon" aria-hidden="true" width="24" height="24">
                <use href={siteUrl(`${iconsUrl}#${hit.icon}`)} />
              </svg>
              <span class="finder__kind">{hit.kind === 'lesson' ? strings.lesson : strings.term}</span> {hit.title}
            </a>
          </li>
        ))}
        {hits?.length ? (
          <li>
            <a href={`${siteUrl(action)}?q=${encodeURIComponent(query)}`}>{fill(strings.all, { query })}</a>
          </li>
        ) : null}
      </ul>
    </form>
  );
}
