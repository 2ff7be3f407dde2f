// A YAML file read with its positions, so that every problem found later (by zod, or by our own checks on
// the parsed data) can be reported at the line the teacher must edit, not only as a path.
import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';

export type DataPath = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The plain data, or undefined when the text is not valid YAML. */
  data: unknown;
  syntaxErrors: (Position & { message: string })[];
  warnings: (Position & { message: string })[];
  /**
   * Where the value at `path` is written; with `key`, where its key is. A path that does not exist (a
   * missing field) answers with its nearest existing parent, at that parent's key when it has one.
   */
  positionOf(path: DataPath, options?: { key?: boolean }): Position | undefined;
}

// French typography puts a space before ":", which YAML reads as a new key: the commonest trap in our files.
const quoteAdvice =
  'Text containing ": " (French " : " included) or " #" must be quoted, or written on the next lines after ">-".';

// What to do about the syntax errors a teacher actually makes; the parser's own words say what is wrong.
const advice: Partial<Record<string, string>> = {
  BAD_INDENT: 'Indent the lines of one block by the same number of spaces.',
  TAB_AS_INDENT: 'Indent with spaces: YAML does not allow tabs.',
  DUPLICATE_KEY: 'Remove or rename one of the two.',
  MISSING_CHAR: 'Close the quote or bracket that was opened.',
  MULTILINE_IMPLICIT_KEY: quoteAdvice,
  BLOCK_AS_IMPLICIT_KEY: quoteAdvice,
  UNEXPECTED_TOKEN:
    'Quote text that starts with a special character (`*`, `&`, `!`, `|`, `>`, `@`, `%`, `` ` ``).',
  BAD_SCALAR_START:
    'Quote text that starts with a special character (`*`, `&`, `!`, `|`, `>`, `@`, `%`, `` ` ``).',
  MULTIPLE_DOCS: 'Keep a single document: remove the extra `---` line.',
};

export function readYaml(text: string): YamlSource {
  const lineCounter = new LineCounter();
  // `prettyErrors: false` keeps the parser's message to one sentence; positions come from the line counter.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const describe = (error: { code: string; message: string; pos: [number, number] }) => ({
    ...at(error.pos[0]),
    message: [`YAML syntax error: ${sentence(error.message)}`, advice[error.code]].filter(Boolean).join(' '),
  });
  const syntaxErrors = doc.errors.map(describe);
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      syntaxErrors.push({ line: 1, column: 1, message: `YAML error: ${(error as Error).message}` });
    }
  }
  return {
    data,
    syntaxErrors,
    warnings: doc.warnings.map(describe),
    positionOf: (path, options = {}) => {
      const found = findNode(doc, path, options.key ?? false);
      return found?.range ? at(found.range[0]) : undefined;
    },
  };
}

function findNode(doc: Document, path: DataPath, wantKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
  // The key that led to `node`: a missing field is reported at its parent's key ("title:"), which is
  // where the teacher looks, rather than at the parent's first child.
  let via: Node | undefined;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return via ?? node;
      const key = isNode(pair.key) ? pair.key : undefined;
      // `key:` with nothing after it holds an empty null scalar: the key is the only place to point at.
      if ((last && wantKey) || !isNode(pair.value) || isEmpty(pair.value)) return key ?? node;
      via = key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNode(item)) return via ?? node;
      via = undefined;
      node = item;
    } else {
      return via ?? (isNode(node) ? node : undefined);
    }
  }
  if (isPair(node)) return isNode(node.key) ? node.key : undefined;
  return isNode(node) ? node : undefined;
}

function isEmpty(node: Node): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
