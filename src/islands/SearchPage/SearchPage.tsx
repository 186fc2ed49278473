import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../lib/i18n/urls';
import { readSearchState, safeExcerpt, writeSearchState, type SearchState } from '../../lib/search/excerpt';
import { hybridSearch, isBlankQuery, type SearchRow } from '../../lib/search/hybrid';
import { fill } from '../../lib/text/fill';
import { useMounted } from '../use-mounted';
import { filterOptions, searchEngines } from './search-engine';
import type { SearchStrings } from './strings';

export interface SearchPageProps {
  strings: SearchStrings;
  /** Shown when there is no query, or nothing is found: a few lessons and glossary terms. */
  suggestions: { title: string; href: string }[];
  terms: { title: string; href: string }[];
  /** The instant finder's index: its synonyms and typo tolerance sharpen the full-text results. */
  finderUrl: string;
  locale: Locale;
  /** Without JavaScript: what to do instead, rendered by Astro into the slot. */
  children?: ComponentChildren;
}
const FILTERS = ['path', 'pillar', 'service', 'level'] as const;

/** "Saring hasil", or with filters on, "Saring: Jalur Kesehatan · 1 filter". */
export function filterSummary(filters: Record<string, string>, strings: SearchStrings): string {
  const on = FILTERS.filter((name) => filters[name]);
  if (on.length === 0) return strings.filters;
  const chosen = on.map((name) => `${strings[`filter.${name}`]} ${filters[name]}`).join(', ');
  return fill(on.length === 1 ? strings.filtersOne : strings.filtersOn, { chosen, count: on.length });
}

/** Full-text search with Pagefind: our own small interface, the query kept in the address. */
export default function SearchPage({ strings, suggestions, terms, finderUrl, locale, children }: SearchPageProps) {
  const mounted = useMounted();
  const [state, setState] = useState<SearchState>({ q: '', filters: {} });
  const [options, setOptions] = useState<Record<string, string[]>>({});
  const [hits, setHits] = useState<SearchRow[] | undefined>();
  const [status, setStatus] = useState('');
  const [engines] = useState(() => searchEngines(finderUrl, locale));
  const ticket = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = async (next: SearchState) => {
    const mine = ++ticket.current;
    if (isBlankQuery(next.q)) return setHits(undefined);
    setStatus(strings.loading);
    try {
      const found = await hybridSearch(next, engines);
      // A newer query has been typed since: its answer wins.
      if (mine !== ticket.current) return;
      // Without full text the earlier results stay, under the error.
      if (!found.fullText) return setStatus(strings.error);
      setHits(found.rows);
      setStatus(
        found.rows.length
          ? fill(strings.count, { count: found.rows.length, query: next.q })
          : fill(strings.none, { query: next.q }),
      );
    } catch {
      if (mine === ticket.current) setStatus(strings.error);
    }
  };
  const update = (next: SearchState, history: 'push' | 'replace', delay = 0) => {
    setState(next);
    const url = `${location.pathname}${writeSearchState(next)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(next), delay);
  };

  useEffect(() => {
    const fromUrl = () => {
      const next = readSearchState(location.search);
      setState(next);
      void run(next);
    };
    fromUrl();
    addEventListener('popstate', fromUrl);
    void filterOptions().then(setOptions);
    return () => removeEventListener('popstate', fromUrl);
  }, []);

  if (!mounted) return <div class="island-fallback">{children}</div>;
  const showSuggestions = !hits || hits.length === 0;

  return (
    <div class="search-page">
      <form
        role="search"
        aria-label={strings.label}
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          update(state, 'push');
        }}
      >
        <label for="search-q" class="finder__label">
          {strings.label}
        </label>
        <div class="finder__row">
          <input
            id="search-q"
            type="search"
            name="q"
            value={state.q}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="search-status"
            onInput={(event) => update({ ...state, q: event.currentTarget.value }, 'replace', 200)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') update({ ...state, q: '' }, 'replace');
            }}
          />
          <button type="submit" class="button">
            {strings.submit}
          </button>
        </div>
        {/* One fold below the box, so the first result shows on a phone's first screen; its
        summary says which filters are on. All four are drawn from the first render, disabled until
        Pagefind lists their values: filters popping in later would shift the page. */}
        <details class="search-filters">
          <summary>{filterSummary(state.filters, strings)}</summary>
          <div class="search-filters__fields">
            {FILTERS.map((name) => (
              <label key={name}>
                {strings[`filter.${name}`]}
                <select
                  disabled={!options[name]?.length}
                  value={state.filters[name] ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    const filters = Object.fromEntries(
                      Object.entries({ ...state.filters, [name]: value }).filter(([, chosen]) => chosen),
                    );
                    update({ ...state, filters }, 'push');
                  }}
                >
                  <option value="">{strings.any}</option>
                  {(options[name] ?? []).map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </details>
      </form>
      <p id="search-status" class="search-status" role="status">
        {isBlankQuery(state.q) ? '' : status}
      </p>
      {hits && hits.length > 0 && (
        <ol class="search-results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <a href={hit.url}>{hit.title}</a>
              {hit.excerpt && <p dangerouslySetInnerHTML={{ __html: safeExcerpt(hit.excerpt) }} />}
            </li>
          ))}
        </ol>
      )}
      {showSuggestions && (
        <div class="search-suggest">
          <h2>{strings.suggestTitle}</h2>
          <ul>
            {suggestions.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.title}</a>
              </li>
            ))}
          </ul>
          <h2>{strings.suggestTerms}</h2>
          <ul class="search-terms">
            {terms.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
