import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir, loadOfficialHosts } from './data/content-files';
import { glossaryTermSchema } from './schemas/glossary';
import { createLessonSchema } from './schemas/lesson';
import { pathSchema } from './schemas/path';
import { serviceSchema } from './schemas/service';
import { createRegionSchema } from './schemas/region';
import { siteSchema } from './schemas/site';
import { strictObject } from './schemas/common';

const lessons = defineCollection({
  loader: glob({ pattern: '{id,en}/*.mdx', base: `${contentDir}/lessons` }),
  schema: createLessonSchema(loadOfficialHosts()),
});

const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/paths` }),
  schema: pathSchema,
});

const services = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/services` }),
  schema: serviceSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '{id,en}.yaml', base: `${contentDir}/glossary` }),
  schema: strictObject({ terms: z.array(glossaryTermSchema) }),
});

const site = defineCollection({
  loader: glob({ pattern: 'site.yaml', base: contentDir }),
  schema: siteSchema,
});

const region = defineCollection({
  loader: glob({ pattern: 'region.yaml', base: contentDir }),
  schema: createRegionSchema(loadOfficialHosts()),
});

export const collections = { lessons, paths, services, glossary, site, region };
