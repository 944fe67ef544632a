/**
 * The JSON Schema of an atlas document (`dist/atlas.schema.json`), generated from the zod model
 * (never written by hand) with the docs of `docs.ts`: a description and examples on every
 * property, each shared shape once in `$defs`, and patterns explained in words (`errorMessage`,
 * which VS Code shows instead of the regular expression). Build-time only: no element imports it.
 */
import { z } from 'zod';
import { atlasSchemaDocs } from './docs.js';
import { AtlasDocument } from './entities.js';

export interface AtlasJsonSchemaOptions {
  /** The package version, part of the schema's `$id`. */
  version: string;
}

type Json = Record<string, unknown>;

export function atlasJsonSchema({ version }: AtlasJsonSchemaOptions): Json {
  const { shapes, fields } = atlasSchemaDocs();
  const metadata = z.registry<Record<string, unknown>>();
  for (const [schema, { pattern: _pattern, ...meta }] of shapes) metadata.add(schema as z.ZodType, meta);

  const generated = z.toJSONSchema(AtlasDocument, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata,
    override({ zodSchema, jsonSchema }) {
      const shape = shapes.get(zodSchema);
      if (shape?.pattern) jsonSchema.pattern = shape.pattern;
      const docs = fields.get(zodSchema);
      const properties = jsonSchema.properties as Record<string, Json> | undefined;
      if (!docs || !properties) return;
      // A fresh object per property: the generator shares one object between uses of a shape.
      for (const [key, doc] of Object.entries(docs)) properties[key] = { ...properties[key], ...doc };
    },
  }) as Json;

  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:cityweave:${version}:atlas.schema.json`,
    title: 'cityweave atlas',
    description:
      'A cityweave dataset: networks of cities, memberships, projects, roadmaps and events. Checks that JSON Schema cannot express (references between records, unique ids, SDG codes in the catalogue, dates that exist) are made by `cityweave validate`.',
    ...rest,
  };
}
