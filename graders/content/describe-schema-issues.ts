// Turns zod's issues about a content file into sentences a teacher can act on: each says what is wrong
// and what to do, names the field, and suggests the key they probably meant. Walking the schema beside
// the data tells which fields were allowed where, which zod's issues alone do not say.
import { z } from 'zod';
import { LocalizedText } from '../../contracts/localized-text.ts';
import { didYouMean } from './did-you-mean.ts';
import { slugify } from './slugify.ts';

export interface SchemaProblem {
  path: PropertyKey[];
  /** Point at the key rather than the value (an unknown or misspelt field). */
  key?: boolean;
  message: string;
}

type Issue = z.core.$ZodIssue;

export function describeSchemaIssues(
  schema: z.ZodType,
  data: unknown,
  issues: readonly Issue[],
  fileName: string,
): SchemaProblem[] {
  return issues.flatMap((issue) => describeIssue(schema, data, issue, [], fileName));
}

function describeIssue(
  root: z.ZodType,
  data: unknown,
  issue: Issue,
  prefix: PropertyKey[],
  fileName: string,
): SchemaProblem[] {
  const path = [...prefix, ...issue.path];
  const where = path.length === 0 ? fileName : formatPath(path);
  const value = valueAt(data, path);
  const problem = (message: string): SchemaProblem[] => [{ path, message }];
  const isLocalizedText = (at: readonly PropertyKey[]) => {
    const schema = schemaAt(root, at, data);
    return schema !== undefined && unwrap(schema) === LocalizedText;
  };

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = objectKeys(schemaAt(root, path, data));
      return issue.keys.map((name) => ({
        path: [...path, name],
        key: true,
        message:
          `Unknown field "${name}" in ${where}.${didYouMean(name, allowed)}` +
          (allowed.length > 0 ? ` Allowed here: ${allowed.join(', ')}.` : ' Remove it.'),
      }));
    }
    case 'invalid_type': {
      const parentPath = path.slice(0, -1);
      const name = String(path.at(-1));
      if (value === undefined && path.length > 0 && isRecord(valueAt(data, parentPath))) {
        const parent = parentPath.length === 0 ? fileName : formatPath(parentPath);
        if (isLocalizedText(parentPath)) {
          const language = name === 'fr' ? 'French' : 'English';
          return [
            {
              path: parentPath,
              key: true,
              message: `Missing ${language} translation ("${name}") in ${parent}: add a line "${name}: …" under it.`,
            },
          ];
        }
        // Pointed at the parent's key ("title:"); a field missing at the top has no better line than none.
        return [
          { path: parentPath, key: true, message: `Missing field "${name}" in ${parent}: add "${name}: …".` },
        ];
      }
      if (isLocalizedText(path)) {
        return problem(
          `${where} must be written in both languages, as two indented lines under it: "en: …" and "fr: …".`,
        );
      }
      return problem(`${where} must be ${expectedType(issue.expected)}, but it is ${describeValue(value)}.`);
    }
    case 'invalid_value': {
      const options = issue.values.map((option) => JSON.stringify(option));
      const parentPath = path.slice(0, -1);
      // zod reports a missing enum field as a wrong value; to the teacher it is a field to add.
      if (value === undefined && path.length > 0 && isRecord(valueAt(data, parentPath))) {
        const name = String(path.at(-1));
        const parent = parentPath.length === 0 ? fileName : formatPath(parentPath);
        const choice = options.length > 1 ? `one of ${options.join(', ')}` : options.join('');
        return [
          {
            path: parentPath,
            key: true,
            message: `Missing field "${name}" in ${parent}: add "${name}: …" with ${choice}.`,
          },
        ];
      }
      const typed = typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : '';
      return problem(
        `${where} is ${describeValue(value)}, which is not allowed: use ${options.length > 1 ? 'one of ' : ''}${options.join(', ')}.${typed}`,
      );
    }
    case 'invalid_union':
      return describeUnion(root, data, issue, path, fileName);
    case 'too_small':
      return problem(
        `${where} ${boundText('at least', issue.origin, Number(issue.minimum), issue.inclusive)}.`,
      );
    case 'too_big':
      return problem(
        `${where} ${boundText('at most', issue.origin, Number(issue.maximum), issue.inclusive)}.`,
      );
    case 'invalid_format': {
      const suggestion = typeof value === 'string' ? slugify(value) : '';
      const slugHint =
        issue.format === 'regex' && suggestion && suggestion !== value
          ? ` Did you mean "${suggestion}"?`
          : '';
      return problem(
        `${where} is ${describeValue(value)}, which is not valid: write ${issue.message}.${slugHint}`,
      );
    }
    case 'custom':
      if (typeof value === 'string' && issue.message.includes('regular expression')) {
        return problem(
          `${where} is not a valid regular expression (${regexError(value)}). ` +
            'Escape special characters with a backslash, and write the expression between single quotes: \'\\(\' matches "(".',
        );
      }
      return problem(`${where}: ${issue.message}.`);
    default:
      return problem(`${where}: ${issue.message}.`);
  }
}

/**
 * A union says only "none of the options matched". When the data clearly meant one option (a test whose
 * `kind` is known, a static rule whose key is known), its own issues are the useful ones; otherwise the
 * teacher needs the list of shapes that would be accepted.
 */
function describeUnion(
  root: z.ZodType,
  data: unknown,
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PropertyKey[],
  fileName: string,
): SchemaProblem[] {
  const where = path.length === 0 ? fileName : formatPath(path);
  if ('discriminator' in issue && issue.discriminator) {
    // zod points a bad discriminator at the `kind` field itself.
    const objectPath = path.at(-1) === issue.discriminator ? path.slice(0, -1) : path;
    const owner = objectPath.length === 0 ? fileName : formatPath(objectPath);
    // zod 4 lists a discriminated union's options on the issue, though its type does not say so.
    const listed: unknown = 'options' in issue ? issue.options : undefined;
    const options = Array.isArray(listed) ? listed.map(String) : [];
    const list = options.map((option) => `"${option}"`).join(', ');
    const typed = valueAt(data, [...objectPath, issue.discriminator]);
    if (typed === undefined) {
      return [{ path: objectPath, message: `${owner} has no "${issue.discriminator}": add one of ${list}.` }];
    }
    return [
      {
        path: [...objectPath, issue.discriminator],
        message:
          `${owner}.${issue.discriminator} is ${describeValue(typed)}, which is not allowed: use one of ${list}.` +
          (typeof typed === 'string' ? didYouMean(typed, options) : ''),
      },
    ];
  }
  const value = valueAt(data, path);
  const candidates = issue.errors.filter(
    (optionIssues) => !optionIssues.some((inner) => isStructural(inner, value)),
  );
  const chosen = candidates[0];
  if (chosen) return chosen.flatMap((inner) => describeIssue(root, data, inner, path, fileName));

  const shapes = unionShapes(path.length === 0 ? root : unionAt(root, path, data));
  const allowed = [...new Set(shapes.flat())];
  const typedKeys = isRecord(value) ? Object.keys(value).filter((key) => !allowed.includes(key)) : [];
  const hint = typedKeys.map((key) => `Unknown field "${key}".${didYouMean(key, allowed)}`).join(' ');
  if (shapes.length === 0) {
    const finite =
      typeof value === 'number' && !Number.isFinite(value)
        ? " YAML's .nan and .inf are not allowed here: test for them with a predicate or a checker."
        : '';
    return [{ path, message: `${where} cannot be ${describeValue(value)}.${finite}` }];
  }
  const accepted = shapes.map((keys) => `{ ${keys.join(', ')} }`).join(', ');
  return [
    {
      path: typedKeys.length > 0 ? [...path, typedKeys[0]!] : path,
      ...(typedKeys.length > 0 ? { key: true } : {}),
      message: `${where} must be one of: ${accepted}.${hint ? ` ${hint}` : ''}`,
    },
  ];
}

/** An issue that means "this value is not that option at all" rather than "that option, with a mistake". */
function isStructural(issue: Issue, value: unknown): boolean {
  if (issue.path.length === 0) return true;
  if (issue.path.length === 1 && issue.code === 'invalid_type') {
    return !isRecord(value) || !(String(issue.path[0]) in value);
  }
  return false;
}

function unionAt(root: z.ZodType, path: PropertyKey[], data: unknown): z.ZodType | undefined {
  const parent = schemaAt(root, path.slice(0, -1), data);
  const segment = path.at(-1);
  if (!parent || segment === undefined) return undefined;
  const unwrapped = unwrap(parent);
  if (unwrapped instanceof z.ZodObject) return unwrap(unwrapped.shape[String(segment)] ?? parent);
  if (unwrapped instanceof z.ZodArray) return unwrap(unwrapped.element as z.ZodType);
  if (unwrapped instanceof z.ZodRecord) return unwrap(unwrapped.valueType as z.ZodType);
  return undefined;
}

function unionShapes(schema: z.ZodType | undefined): string[][] {
  const unwrapped = schema && unwrap(schema);
  if (!(unwrapped instanceof z.ZodUnion)) return [];
  return (unwrapped.options as readonly z.ZodType[])
    .map((option) => objectKeys(option))
    .filter((keys) => keys.length > 0);
}

/** The schema that applies at `path`, following the option of each union that the data chose. */
export function schemaAt(
  root: z.ZodType,
  path: readonly PropertyKey[],
  data: unknown,
): z.ZodType | undefined {
  let schema: z.ZodType = pickOption(unwrap(root), data);
  let value = data;
  for (const segment of path) {
    let child: z.ZodType | undefined;
    if (schema instanceof z.ZodObject) child = schema.shape[String(segment)] as z.ZodType | undefined;
    else if (schema instanceof z.ZodArray) child = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) child = schema.valueType as z.ZodType;
    if (!child) return undefined;
    value = valueAt(value, [segment]);
    schema = pickOption(unwrap(child), value);
  }
  return schema;
}

function pickOption(schema: z.ZodType, value: unknown): z.ZodType {
  if (!(schema instanceof z.ZodUnion)) return schema;
  const options = (schema.options as readonly z.ZodType[]).map(unwrap);
  if (schema instanceof z.ZodDiscriminatedUnion && isRecord(value)) {
    const discriminator = schema.def.discriminator;
    const match = options.find((option) => {
      const literal = option instanceof z.ZodObject ? option.shape[discriminator] : undefined;
      return literal instanceof z.ZodLiteral && literal.values.has(value[discriminator] as never);
    });
    return match ?? schema;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    const match = options.find((option) => {
      const allowed = objectKeys(option);
      return keys.length > 0 && keys.some((key) => allowed.includes(key));
    });
    return match ?? schema;
  }
  return schema;
}

export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodLazy) {
      // `unwrap()` calls the getter again, making new schemas; the cached inner one keeps identities stable.
      current = current._zod.innerType as z.ZodType;
    } else if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodReadonly
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

function objectKeys(schema: z.ZodType | undefined): string[] {
  const unwrapped = schema && unwrap(schema);
  return unwrapped instanceof z.ZodObject ? Object.keys(unwrapped.shape) : [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isRecord(value) && Object.hasOwn(value, String(segment))) value = value[String(segment)];
    else return undefined;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `tests[2].when.test`: how a teacher would point at the field in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

function expectedType(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping (indented "field: value" lines)',
    record: 'a mapping (indented "field: value" lines)',
    array: 'a list (lines starting with "- ")',
    null: 'empty',
  };
  return names[expected] ?? expected;
}

function boundText(word: 'at least' | 'at most', origin: string, bound: number, inclusive = true): string {
  if (origin === 'array' || origin === 'set')
    return `must have ${word} ${bound} item${bound === 1 ? '' : 's'}`;
  if (origin === 'string') {
    if (word === 'at least' && bound === 1) return 'must not be empty';
    return `must have ${word} ${bound} character${bound === 1 ? '' : 's'}`;
  }
  if (!inclusive) return `must be ${word === 'at least' ? 'greater' : 'less'} than ${bound}`;
  return `must be ${word} ${bound}`;
}

function regexError(source: string): string {
  try {
    new RegExp(source);
    return 'unknown reason';
  } catch (error) {
    return (error as Error).message;
  }
}
