/** Summaries of progress against the lesson catalogue: pure, for the progress page, home and certificate. */
import type { Progress } from './model';

export interface CatalogueData {
  lessons: Record<string, { slug: string; title: string; path: string; pillar: string; quiz: number; minutes: number }>;
  paths: { slug: string; title: string; lessons: number[] }[];
}

export interface PathSummary {
  slug: string;
  title: string;
  total: number;
  done: number;
  started: number;
}

export function summarisePaths(catalogue: CatalogueData, progress: Progress): PathSummary[] {
  return catalogue.paths.map((path) => {
    const statuses = path.lessons.map((id) => progress.lessons[String(id)]?.status);
    return {
      slug: path.slug,
      title: path.title,
      total: path.lessons.length,
      done: statuses.filter((status) => status === 'completed').length,
      started: statuses.filter((status) => status === 'started').length,
    };
  });
}

export function summarisePillars(
  catalogue: CatalogueData,
  progress: Progress,
): Record<string, { total: number; done: number }> {
  const pillars: Record<string, { total: number; done: number }> = {};
  for (const [id, lesson] of Object.entries(catalogue.lessons)) {
    const entry = (pillars[lesson.pillar] ??= { total: 0, done: 0 });
    entry.total++;
    if (progress.lessons[id]?.status === 'completed') entry.done++;
  }
  return pillars;
}

/** Paths whose every lesson is complete: what a certificate can name. */
export function completedPaths(catalogue: CatalogueData, progress: Progress): string[] {
  return summarisePaths(catalogue, progress)
    .filter((path) => path.total > 0 && path.done === path.total)
    .map((path) => path.slug);
}
