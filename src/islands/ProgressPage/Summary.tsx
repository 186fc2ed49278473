import { summarisePillars, summarisePaths, type CatalogueData } from '../../lib/progress/catalogue';
import { completedIds, type Progress } from '../../lib/progress/model';
import { fill } from '../../lib/text/fill';
import { siteUrl } from '../../client/site-url';
import type { ProgressStrings } from './strings';

interface Props {
  progress: Progress;
  catalogue: CatalogueData | undefined;
  strings: ProgressStrings;
  /** A lesson's address with `{slug}` in it, from the page. */
  lessonHref: string;
}

export function Summary({ progress, catalogue, strings, lessonHref }: Props) {
  if (!catalogue) return <p>{strings.offlineCatalogue}</p>;
  const total = Object.keys(catalogue.lessons).length;
  const done = completedIds(progress).filter((id) => catalogue.lessons[id]).length;
  const pillars = summarisePillars(catalogue, progress);

  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">{fill(strings.summary, { done, total })}</h2>
      <h3>{strings.byPath}</h3>
      {summarisePaths(catalogue, progress).map((path) => (
        <details class="progress-path" key={path.slug} open={path.done + path.started > 0}>
          <summary>
            <strong>{path.title}</strong> — {fill(strings.lessonsDone, { done: path.done, total: path.total })}
          </summary>
          <ul>
            {catalogue.paths
              .find((entry) => entry.slug === path.slug)!
              .lessons.map((id) => {
                const lesson = catalogue.lessons[id]!;
                const mine = progress.lessons[id];
                return (
                  <li key={id} data-status={mine?.status ?? 'not-started'}>
                    <a href={siteUrl(fill(lessonHref, { slug: lesson.slug }))}>{lesson.title}</a>:{' '}
                    {mine?.status === 'completed'
                      ? `✓ ${strings.completed}`
                      : mine
                        ? strings.started
                        : strings.notStarted}
                    {mine?.quiz && <> · {fill(strings.quizScore, { best: mine.quiz.best, total: mine.quiz.total })}</>}
                  </li>
                );
              })}
          </ul>
        </details>
      ))}
      <h3>{strings.byPillar}</h3>
      <ul>
        {Object.entries(pillars).map(([pillar, count]) => (
          <li key={pillar}>
            {strings[`pillar.${pillar}` as keyof ProgressStrings] ?? pillar}: {fill(strings.lessonsDone, count)}
          </li>
        ))}
      </ul>
    </section>
  );
}
