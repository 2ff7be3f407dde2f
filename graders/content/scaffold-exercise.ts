// A new exercise folder that already works: `exo new <slug>` writes it, and `exo check` passes on it as
// written. A teacher then changes one thing at a time and checks again, which beats starting from a blank
// page and meeting every error at once. exercise.yaml shows every option, the optional ones commented
// out, so the file is its own reference card.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Slug } from '../../contracts/exercise-spec.ts';
import { schemaComment } from './load-exercise.ts';
import { slugify } from './slugify.ts';

export type ScaffoldLanguage = 'javascript' | 'typescript';

/** A teacher's slip (a bad slug, a folder that exists): the message says what to do instead. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

/** Writes `root/<slug>/` and answers the files written, relative to it, with `/`. */
export async function scaffoldExercise(
  root: string,
  slug: string,
  language: ScaffoldLanguage = 'javascript',
): Promise<string[]> {
  if (!Slug.safeParse(slug).success) {
    const suggestion = slugify(slug);
    throw new ScaffoldError(
      `"${slug}" cannot be an exercise's slug: the folder name is its id everywhere, so it must be lowercase letters, digits and dashes${suggestion ? `, like "${suggestion}"` : ''}.`,
    );
  }
  const dir = path.join(root, slug);
  try {
    // Not recursive: an existing folder must fail here, whoever made it a moment ago.
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new ScaffoldError(`${dir} already exists: choose another slug, or edit that exercise.`);
    }
    if (code === 'ENOENT') throw new ScaffoldError(`No folder ${root} to create the exercise in.`);
    throw error;
  }
  const files = exerciseFiles(slug, language);
  await mkdir(path.join(dir, 'wrong'));
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, ...file.split('/')), text);
  return Object.keys(files);
}

function exerciseFiles(slug: string, language: ScaffoldLanguage): Record<string, string> {
  const ext = language === 'typescript' ? 'ts' : 'js';
  const fn = functionName(slug);
  const title = titleOf(slug);
  const signature = language === 'typescript' ? `${fn}(n: number): number` : `${fn}(n)`;
  return {
    'exercise.yaml': exerciseYaml({ slug, ext, fn, title, language }),
    'statement.en.md': `# ${title}

<!-- Made by \`npm run exo -- new\`: replace this example with your statement. -->

Write a function \`${signature}\` that **returns** twice the number \`n\`.

\`\`\`${ext}
${fn}(5); // 10
${fn}(-3); // -6
\`\`\`
`,
    'statement.fr.md': `# ${title}

<!-- Fait par \`npm run exo -- new\` : remplace cet exemple par ton énoncé. -->

Écris une fonction \`${signature}\` qui **renvoie** le double du nombre \`n\`.

\`\`\`${ext}
${fn}(5); // 10
${fn}(-3); // -6
\`\`\`
`,
    [`starter.${ext}`]: `// Returns twice n.
// Renvoie le double de n.
function ${signature} {
  return 0;
}
`,
    [`solution.${ext}`]: `function ${signature} {
  return n * 2;
}
`,
    [`wrong/adds-two.${ext}`]: `// Mistake: adds 2 instead of multiplying by 2.
function ${signature} {
  return n + 2;
}
`,
  };
}

function exerciseYaml(options: {
  slug: string;
  ext: string;
  fn: string;
  title: string;
  language: ScaffoldLanguage;
}): string {
  const { slug, ext, fn, title, language } = options;
  return `${schemaComment}
# Made by \`npm run exo -- new ${slug}\`. It passes \`npm run exo -- check exercises/${slug}\` as it is:
# change one thing at a time and check again. exercises/README.md explains every field; the optional
# ones are commented out, with their default or an example value.
title:
  en: ${title}
  fr: ${title} # in French
language: ${language} # javascript or typescript
difficulty: 1 # 1 (first steps) to 5 (hard)
concepts: [functions] # what it practises, as slugs: loops, arrays, conditions…
entry: ${fn} # the function that function and property tests call
# limits: # resource limits, never above their ceilings (exercises/README.md)
#   cpuMsPerTest: 1000
#   cpuMsPerSubmission: 5000
#   wallMsPerTest: 3000
#   memoryMb: 64
#   outputBytes: 65536
#   sourceBytes: 65536
# timers: false # allow setTimeout and setInterval, run in virtual time after the program
# stopAtFirstFailure: false # skip the tests after the first one that does not pass
# example: false # a "run this" example rather than an exercise: the starter code may pass
# files: # other names for the starter code and the reference solution
#   starter: starter.${ext}
#   solution: solution.${ext}

tests:
  - kind: function # calls a function and checks what it returns
    id: five # optional, stable: feedback rules and statistics use it (default: the English name as a slug)
    name:
      en: ${fn}(5) is 10
      fr: ${fn}(5) vaut 10
    args: [5] # one item per argument: this calls ${fn}(5)
    expected: 10
    # function: ${fn} # default: entry
    # points: 1
    # compare: { tolerance: 0.001, unordered: false } # numbers this close are equal; arrays in any order
    # checker: "(actual, args) => actual === args[0] * 2" # instead of expected: true, false or a message
    # argsUnchanged: true # also fails when the function changes the arrays or objects it was given
  - kind: function
    id: zero
    name:
      en: ${fn}(0) is 0
      fr: ${fn}(0) vaut 0
    args: [0]
    expected: 0
  - kind: function
    id: negative
    name:
      en: A negative number
      fr: Un nombre négatif
    hidden: true # only passed or failed reaches the learner: hard-coding the visible answers does not pass
    args: [-3]
    expected: -6
  # - kind: program # runs the whole program and checks what it prints
  #   name: { en: Greets Ada, fr: Salue Ada }
  #   stdin: [Ada] # the lines readline() or prompt() return, in order
  #   stdout: Hello, Ada!
  #   compare: { ignoreCase: false, ignoreTrailingSpace: true, tolerance: 0.001, regex: false }
  # - kind: static # reads the source without running it
  #   name: { en: Uses a multiplication, fr: Utilise une multiplication }
  #   rule: { uses: return } # or avoids, calls, avoidsCall, avoidsName, defines (with params)
  #   message: { en: Return the result., fr: Renvoie le résultat. }
  # - kind: property # agrees with the reference solution on generated arguments
  #   name: { en: Agrees with the reference, fr: Même résultat que la solution }
  #   args: # one generator per argument: integer, float, boolean, string, constantFrom, array, tuple, record
  #     - integer: { min: -1000, max: 1000 }
  #   runs: 100
  #   seed: 42

feedback: # one rule per common mistake; it fires when all its conditions hold
  - id: adds-two
    tag: add-vs-multiply # optional: the misconception, shared across exercises for statistics
    when:
      test: five # this test did not pass, and…
      actual: 7 # …the function returned exactly this
      # status: failed # failed, error, timeout, memory or output
      # actualType: undefined # typeof the returned value
      # outputMatches: '^10$' # what it printed, line by line
      # error: { name: TypeError, messageMatches: 'undefined' }
      # static: { uses: loop } # about the source alone: fires even when every test passes
      # mutatesArgs: true # the function changed the arrays or objects it was given
      # limit: timeout # timeout, memory or output
      # predicate: "({ args, argsAfter, actual, expected, output, status, error }) => actual === args[0] + 2"
    message:
      en: "\`${fn}(5)\` gives 7: you add 2. Twice a number is the number *multiplied* by 2: \`n * 2\`."
      fr: "\`${fn}(5)\` donne 7 : tu ajoutes 2. Le double d'un nombre, c'est ce nombre *multiplié* par 2 : \`n * 2\`."

hints: # revealed one by one, from a nudge to an almost-answer
  - en: Twice a number is that number multiplied by 2.
    fr: Le double d'un nombre, c'est ce nombre multiplié par 2.
  - en: "\`return n * 2;\`"
    fr: "\`return n * 2;\`"

knownWrong: # a realistic wrong solution per mistake, and exactly what grading it must give
  - file: wrong/adds-two.${ext}
    status: failed # failed: it ran and a test did not pass; error: it could not run
    feedback: [adds-two] # exactly the rules it must trigger
`;
}

/** `Sum of squares` for `sum-of-squares`. */
function titleOf(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Words that cannot name a function in strict code.
const reserved = new Set(
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
);

/** `sumOfSquares` for `sum-of-squares`; a slug that makes no usable name gives `solve`. */
function functionName(slug: string): string {
  const name = slug.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());
  return /^[a-z]/.test(name) && !reserved.has(name) ? name : 'solve';
}
