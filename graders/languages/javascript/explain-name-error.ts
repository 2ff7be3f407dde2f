// ReferenceErrors: a name JavaScript does not know (often misspelled, or in the wrong case), or a
// `let`/`const` variable used before the line that creates it.
import type { Node, Program } from 'acorn';
import { simple } from 'acorn-walk';
import type { SourceLocation } from '../../../contracts/source-location.ts';
import { suggestName } from '../../feedback/did-you-mean.ts';
import { patternIdentifiers } from './declared-names.ts';
import type { Explanation } from './explanation.ts';
import { commonGlobals, foreignFunctions } from './known-names.ts';
import { quoteCode } from './quote-code.ts';
import { runtimeMessages as say } from './runtime-messages.ts';
import { offsetAt } from './source-position.ts';

export function explainNotDefined(
  name: string,
  declaredNames: readonly string[],
  location: SourceLocation | undefined,
): Explanation {
  const quoted = quoteCode(name);
  const base = { id: 'not-defined', location };
  if (name === 'length' || name === 'len') return { ...base, tag: 'undefined-name', text: say.lengthAlone() };
  const foreign = foreignFunctions[name];
  if (foreign) {
    const replacement = foreign === 'console.log' ? 'console.log(…)' : `${foreign}(…)`;
    return { ...base, tag: 'foreign-syntax', text: say.foreignFunction(quoted, quoteCode(replacement)) };
  }
  if (declaredNames.includes(name)) {
    return { ...base, tag: 'scope', text: say.join(say.notDefined(quoted), say.notVisibleHere(quoted)) };
  }
  const suggestion = suggestName(name, [...declaredNames, ...commonGlobals]);
  if (suggestion) {
    const hint = suggestion.caseOnly
      ? say.caseMatters(quoteCode(suggestion.name))
      : say.didYouMean(quoteCode(suggestion.name));
    return {
      ...base,
      tag: suggestion.caseOnly ? 'case-mistake' : 'typo',
      text: say.join(say.notDefined(quoted), hint),
    };
  }
  const advice = say.declareOrQuote(quoted, quoteCode(`let ${name} = …;`), quoteCode(`"${name}"`));
  return { ...base, tag: 'undefined-name', text: say.join(say.notDefined(quoted), advice) };
}

export function explainBeforeInitialization(
  name: string,
  ast: Program | undefined,
  source: string,
  location: SourceLocation | undefined,
): Explanation {
  const useLine = location?.line ?? 1;
  const useOffset = location ? offsetAt(source, location.line, location.column) : 0;
  const declarations = ast ? findDeclarations(ast, name) : [];
  // The declaration that comes after the use is the one being waited for.
  const declaration = declarations.find((d) => d.id.start > useOffset) ?? declarations[0];
  const line = declaration?.id.loc?.start.line;
  // On the same line, "before line 3 where it is created" would confuse more than help.
  const declarationLine = line === useLine ? undefined : line;
  const base = { id: 'before-initialization', tag: 'use-before-declaration', location };
  if (declaration?.isFunction && declarationLine) {
    return { ...base, text: say.functionUsedBeforeDeclaration(name, useLine, declarationLine) };
  }
  return { ...base, text: say.usedBeforeDeclaration(quoteCode(name), useLine, declarationLine) };
}

interface Declaration {
  id: Node;
  isFunction: boolean;
}

function findDeclarations(ast: Program, name: string): Declaration[] {
  const found: Declaration[] = [];
  simple(ast, {
    VariableDeclarator: (node) => {
      const isFunction =
        node.init?.type === 'FunctionExpression' || node.init?.type === 'ArrowFunctionExpression';
      for (const id of patternIdentifiers(node.id)) {
        if (id.name === name) found.push({ id: node.id, isFunction });
      }
    },
    ClassDeclaration: (node) => {
      if (node.id?.name === name) found.push({ id: node.id, isFunction: false });
    },
  });
  return found.sort((a, b) => a.id.start - b.id.start);
}
