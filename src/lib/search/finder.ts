/**
 * The instant finder: a small lunr index of the lesson catalogue and the glossary (not
 * lesson bodies), built at build time, queried in the browser as the learner types.
 * Forgiving on purpose: Indonesian stems, stop words, synonyms people type ("ktp
 * digital" → IKD), prefix matches while typing, and one typo in words of five letters.
 */
import lunr from 'lunr';
import { STOP_WORDS, stem } from './indonesian';
import type { Locale } from '../i18n/locales';
import { localeHref, routes } from '../i18n/urls';

export type FinderLocale = Locale;
export interface FinderLesson {
  slug: string;
  title: string;
  summary: string;
  objectives: string[];
  services: string[];
  terms: string[];
  /** Its path's picture, shown beside the suggestion. */
  icon?: string | undefined;
}
export interface FinderTerm {
  id: string;
  term: string;
  definition: string;
  synonyms: string[];
}
/** Ref (a short id made at build) → [title, page path, kind, picture]. */
export type FinderDocs = Record<string, [string, string, 'lesson' | 'term', string?]>;
export type Synonyms = Record<string, string[]>;

export interface FinderData {
  index: object;
  docs: FinderDocs;
  synonyms: Synonyms;
}
export interface FinderHit {
  ref: string;
  title: string;
  path: string;
  kind: 'lesson' | 'term';
  /** A name in the icon sprite (src/lib/icons/icons.ts). */
  icon: string;
}

let registered = false;
/** Registers the pipeline functions by name, so a serialized index loads with the same ones. */
function registerPipeline(): void {
  if (registered) return;
  registered = true;
  const idStem: lunr.PipelineFunction = (token) => token.update((value) => stem(value));
  // lunr drops a token when a pipeline function returns nothing.
  const idStop = ((token: lunr.Token) =>
    STOP_WORDS.has(token.toString()) ? undefined : token) as lunr.PipelineFunction;
  lunr.Pipeline.registerFunction(idStem, 'idStem');
  lunr.Pipeline.registerFunction(idStop, 'idStop');
}

function pipelineFor(locale: FinderLocale): lunr.PipelineFunction[] {
  registerPipeline();
  const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> })
    .registeredFunctions;
  return locale === 'id'
    ? [lunr.trimmer, registry['idStop']!, registry['idStem']!]
    : [lunr.trimmer, lunr.stopWordFilter, lunr.stemmer];
}

export function buildFinder(
  locale: FinderLocale,
  lessons: FinderLesson[],
  terms: FinderTerm[],
  synonyms: Synonyms,
  base = '/',
): FinderData {
  const docs: FinderDocs = {};
  const pipeline = pipelineFor(locale);
  const index = lunr(function () {
    this.pipeline.reset();
    this.searchPipeline.reset();
    this.pipeline.add(...pipeline);
    this.searchPipeline.add(pipeline[pipeline.length - 1]!);
    this.ref('ref');
    this.field('title', { boost: 10 });
    this.field('keywords', { boost: 4 });
    this.field('summary', { boost: 2 });
    this.field('body');
    this.metadataWhitelist = [];
    // Short refs: each is written once per word a document has, so slugs would weigh the index down.
    let next = 0;
    const newRef = () => (next++).toString(36);
    for (const lesson of lessons) {
      const ref = newRef();
      docs[ref] = [lesson.title, localeHref(base, locale, routes.lesson(lesson.slug)), 'lesson', lesson.icon ?? 'book'];
      // Lessons outrank glossary entries that match equally: a lesson is what people came for.
      this.add(
        {
          ref,
          title: lesson.title,
          keywords: [...lesson.services, ...lesson.terms].join(' '),
          summary: lesson.summary,
          body: lesson.objectives.join(' '),
        },
        { boost: 3 },
      );
    }
    for (const term of terms) {
      const ref = newRef();
      docs[ref] = [term.term, localeHref(base, locale, `${routes.glossary()}#${term.id}`), 'term'];
      this.add({ ref, title: term.term, keywords: term.synonyms.join(' '), summary: '', body: term.definition });
    }
  });
  return { index: index.toJSON(), docs, synonyms };
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}.\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the phrases in a query stand for in the lessons' words: "pajak motor" → "samsat pkb". */
export function synonymMeanings(query: string, synonyms: Synonyms): string[] {
  const text = ` ${normalise(query)} `;
  return Object.entries(synonyms)
    .filter(([, phrases]) => phrases.some((phrase) => text.includes(` ${normalise(phrase)} `)))
    .map(([meaning]) => meaning);
}

/** The query with what its phrases stand for added: "bayar pajak motor" also searches "samsat pkb". */
export function expandSynonyms(query: string, synonyms: Synonyms): string {
  return [normalise(query), ...synonymMeanings(query, synonyms)].join(' ');
}

export interface Finder {
  search(query: string, limit?: number): FinderHit[];
}

/** A query word as typed (for prefix matches) and as the index holds it (stemmed). */
export interface QueryWord {
  word: string;
  stemmed: string;
}

/** The words of a query worth looking up: synonyms added, stop words dropped, each with its stem. */
export function queryWords(query: string, synonyms: Synonyms, locale: FinderLocale): QueryWord[] {
  const pipeline = pipelineFor(locale);
  const clean = pipeline.slice(0, -1);
  const stemmer = pipeline[pipeline.length - 1]!;
  const run = (fn: lunr.PipelineFunction, word: string) => {
    const result = fn(new lunr.Token(word, {}), 0, []);
    return result instanceof lunr.Token ? result.toString() : undefined;
  };
  return expandSynonyms(query, synonyms)
    .split(' ')
    .filter((word) => word && clean.every((fn) => run(fn, word) !== undefined))
    .map((word) => ({ word, stemmed: run(stemmer, word) ?? word }));
}

/** The boosts of the three clauses a query word makes: its stem, its prefix, its stem with one typo. */
export const BOOST = { exact: 10, prefix: 3, typo: 1 } as const;
/** Words this long or longer forgive one typo. */
export const TYPO_LENGTH = 5;

export function loadFinder(data: FinderData, locale: FinderLocale): Finder {
  // A serialized index names its pipeline functions: they must be registered before it loads.
  registerPipeline();
  const index = lunr.Index.load(data.index);
  return {
    search(query, limit = 6) {
      const kept = queryWords(query, data.synonyms, locale);
      if (kept.length === 0) return [];
      const results = index.query((builder) => {
        for (const { word, stemmed } of kept) {
          builder.term(stemmed, { usePipeline: false, boost: BOOST.exact });
          // Prefix matches let results appear while a word is still being typed.
          builder.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: BOOST.prefix });
          if (word.length >= TYPO_LENGTH)
            builder.term(stemmed, { usePipeline: false, editDistance: 1, boost: BOOST.typo });
        }
      });
      return results.slice(0, limit).flatMap(({ ref }) => {
        const doc = data.docs[ref];
        return doc ? [{ ref, title: doc[0], path: doc[1], kind: doc[2], icon: doc[3] ?? 'book' }] : [];
      });
    },
  };
}
