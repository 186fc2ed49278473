import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, loadOfficialHosts } from './data/content-files';
import { lessonFiles } from './data/lesson-loader';
import { glossaryTermSchema } from './schemas/glossary';
import { createLessonSchema } from './schemas/lesson';
import { pageSchema } from './schemas/page';
import { pathSchema } from './schemas/path';
import { serviceSchema } from './schemas/service';
import { createRegionSchema } from './schemas/region';
import { siteSchema } from './schemas/site';
import { strictObject } from './schemas/common';
import { lenient } from './schemas/lenient';
import { LOCALES } from './lib/i18n/locales';

const lessons = defineCollection({
  loader: lessonFiles({ pattern: `{${LOCALES.join(',')}}/*.mdx`, base: `${contentDir}/lessons` }),
  schema: lenient(createLessonSchema(loadOfficialHosts())),
});

const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/paths` }),
  schema: lenient(pathSchema),
});

const services = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/services` }),
  schema: lenient(serviceSchema),
});

const glossary = defineCollection({
  loader: glob({ pattern: `{${LOCALES.join(',')}}.yaml`, base: `${contentDir}/glossary` }),
  schema: lenient(strictObject({ terms: z.array(glossaryTermSchema) })),
});

const site = defineCollection({
  loader: glob({ pattern: 'site.yaml', base: contentDir }),
  schema: lenient(siteSchema),
});

const region = defineCollection({
  loader: glob({ pattern: 'region.yaml', base: contentDir }),
  schema: lenient(createRegionSchema(loadOfficialHosts())),
});

const pages = defineCollection({
  loader: glob({ pattern: `{${LOCALES.join(',')}}/*.mdx`, base: `${contentDir}/pages` }),
  schema: lenient(pageSchema),
});

export const collections = { lessons, paths, services, glossary, site, region, pages };
