// How a content contract (exercise.yaml, a course file) becomes the JSON Schema that editors read: the
// zod schema, converted, with a title and a description on each documented schema and field. Editors
// that read it (VS Code with the YAML extension, through the first-line comment of each file) complete
// field names, show what each field means, and underline mistakes as the teacher types.
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { LocalizedText } from '../../contracts/localized-text.ts';

type JsonSchema = { [key: string]: unknown };

export interface SchemaDoc {
  title?: string;
  description?: string;
  /** One sentence per field: what it means, and its unit or default when it has one. */
  fields?: Record<string, string>;
}

/** Every content file has localized texts; their description is the same everywhere. */
export const localizedTextDoc: [z.ZodType, SchemaDoc] = [
  LocalizedText,
  {
    title: 'Text in both languages',
    description: 'Every text a learner reads exists in English and in French.',
    fields: { en: 'In English.', fr: 'In French.' },
  },
];

/**
 * `docs` describes schemas (by identity) and their fields; `definitions` names shared schemas, so that the
 * JSON Schema reads like the contract and each shared type appears once.
 */
export function buildJsonSchema(
  root: z.ZodType,
  docs: ReadonlyMap<unknown, SchemaDoc>,
  definitions: ReadonlyMap<z.ZodType, string>,
): JsonSchema {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of definitions) registry.add(schema, { id });
  const generated = z.toJSONSchema(root, {
    // Input types: a field with a default may be left out, which is what a teacher writes.
    io: 'input',
    // Draft 7 is the newest draft that every YAML editor plugin we know of fully understands.
    target: 'draft-7',
    metadata: registry,
    override: ({ zodSchema, jsonSchema }) => describe(docs.get(zodSchema), jsonSchema as JsonSchema),
  }) as JsonSchema;
  return replaceJsonValues(generated);
}

export async function writeJsonSchema(path: string, schema: JsonSchema): Promise<void> {
  await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
}

function describe(doc: SchemaDoc | undefined, json: JsonSchema) {
  if (!doc) return;
  if (doc.title) json.title = doc.title;
  if (doc.description) json.description = doc.description;
  const properties = json.properties as Record<string, JsonSchema> | undefined;
  if (!properties || !doc.fields) return;
  for (const [name, property] of Object.entries(properties)) {
    const text = doc.fields[name];
    if (!text) continue;
    // A new object: zod shares one JSON node between every use of a schema, so editing it in place
    // would give `title`'s description to every other localized text. In draft 7 a `$ref` ignores its
    // siblings, hence the `allOf` around it.
    properties[name] =
      '$ref' in property ? { description: text, allOf: [property] } : { ...property, description: text };
  }
}

// z.json() becomes a recursive definition per use (string | number | … | array | object), which editors
// show as noise; "any value" says the same for YAML.
function replaceJsonValues(schema: JsonSchema): JsonSchema {
  const definitionsOf = (schema.definitions ?? {}) as Record<string, JsonSchema>;
  const jsonValue = new Set(
    Object.keys(definitionsOf).filter((name) => isJsonValue(definitionsOf[name]!, name)),
  );
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as JsonSchema).$ref;
    if (typeof ref === 'string' && jsonValue.has(ref.replace('#/definitions/', ''))) return {};
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !(node === definitionsOf && jsonValue.has(key)))
        .map(([key, value]) => [key, visit(value)]),
    );
  };
  return visit(schema) as JsonSchema;
}

function isJsonValue(definition: JsonSchema, name: string): boolean {
  const options = definition.anyOf;
  if (!Array.isArray(options) || options.length !== 6) return false;
  const types = options.map((option: JsonSchema) => option.type).sort();
  const self = `#/definitions/${name}`;
  return (
    JSON.stringify(types) === JSON.stringify(['array', 'boolean', 'null', 'number', 'object', 'string']) &&
    JSON.stringify(definition).includes(self)
  );
}
