// A content file's YAML (exercise.yaml, a course file) checked against its zod contract, each problem at
// the line the teacher must edit: the one path from text to typed data that every content loader shares,
// so an exercise and a course report the same mistake in the same words.
import path from 'node:path';
import type { z } from 'zod';
import type { ContentIssue } from './content-issue.ts';
import { describeSchemaIssues } from './describe-schema-issues.ts';
import { type DataPath, readYaml, type YamlSource } from './yaml-source.ts';

export interface ContentYamlOptions {
  /** The file as issues name it, relative to the exercises root: `sum-of-array/exercise.yaml`. */
  file: string;
  /** The expected first line: editors that read it complete and check the file as it is typed. */
  schemaComment: string;
  /** What to do about an empty file. */
  whenEmpty: string;
}

export interface ContentYaml<T> {
  /** Present when the text is valid YAML that the schema accepts. */
  data?: T;
  /** The YAML as written, before defaults: some checks must know what the teacher actually wrote. */
  raw: unknown;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** Why there is no `data`: the YAML syntax, an empty file, or the schema. */
  failed?: 'syntax' | 'empty' | 'schema';
  at: Locate;
}

/** Where a place in the data is written; with `key`, where its key is. Nothing when it cannot be found. */
export type Locate = (where: { path?: DataPath; key?: boolean }) => { line?: number; column?: number };

export function readContentYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  options: ContentYamlOptions,
): ContentYaml<z.output<S>> {
  const { file } = options;
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  if (!/^# yaml-language-server: \$schema=\S+/.test(text)) {
    warnings.push({
      file,
      line: 1,
      message: `Make the first line "${options.schemaComment}", so that editors complete and check this file.`,
    });
  }

  const yaml = readYaml(text);
  const at = locator(yaml);
  const result = (failed?: ContentYaml<z.output<S>>['failed']) => ({
    raw: yaml.data,
    errors,
    warnings,
    at,
    ...(failed ? { failed } : {}),
  });
  warnings.push(...yaml.warnings.map(({ message, ...position }) => ({ file, ...position, message })));
  if (yaml.syntaxErrors.length > 0) {
    errors.push(...yaml.syntaxErrors.map(({ message, ...position }) => ({ file, ...position, message })));
    return result('syntax');
  }

  const parsed = schema.safeParse(yaml.data ?? {});
  if (parsed.success) return { ...result(), data: parsed.data };
  if (yaml.data === undefined || yaml.data === null) {
    errors.push({ file, message: `${file} is empty: ${options.whenEmpty}` });
    return result('empty');
  }
  const fileName = path.posix.basename(file);
  for (const problem of describeSchemaIssues(schema, yaml.data, parsed.error.issues, fileName)) {
    errors.push({ file, ...at(problem), message: problem.message });
  }
  return result('schema');
}

/** Positions to spread into an issue: `{ file, ...at(finding), message }`. */
export function locator(yaml: YamlSource): Locate {
  return (where) => {
    const position =
      where.path && where.path.length > 0
        ? yaml.positionOf(where.path, { key: where.key ?? false })
        : undefined;
    return position ? { line: position.line, column: position.column } : {};
  };
}
