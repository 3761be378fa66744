// Content collections: Starlight's docs (src/content/docs/**) and UI strings (src/content/i18n/).
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // The lessons have their own "Overview" heading; the table of contents' page-top entry is renamed.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
