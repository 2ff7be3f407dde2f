// "x is not a function": V8 names the callee as written (`arr.lenght`, `total`, `s.push`), which is
// enough to recognise a misspelled method, a property called like a method, a method of the wrong type
// of value, or a variable that hides a function of the same name.
import type { Program } from 'acorn';
import { simple } from 'acorn-walk';
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import type { SourceLocation } from '../../../contracts/source-location.ts';
import { suggestName } from '../../feedback/did-you-mean.ts';
import { patternIdentifiers } from './declared-names.ts';
import type { Explanation } from './explanation.ts';
import { arrayMethods, foreignMethods, globalMembers, stringMethods } from './known-names.ts';
import { quoteCode } from './quote-code.ts';
import { runtimeMessages as say } from './runtime-messages.ts';

export function explainNotAFunction(
  callee: string,
  ast: Program | undefined,
  declaredNames: readonly string[],
  location: SourceLocation | undefined,
): Explanation {
  const intro = say.notAFunction(quoteCode(callee));
  const explained = (tag: string, text: LocalizedText | undefined): Explanation => ({
    id: 'not-a-function',
    tag,
    text: say.join(intro, text),
    location,
  });
  const member = /^(.+)\.([A-Za-z_$][\w$]*)$/.exec(callee);
  if (member) {
    const [, object = '', method = ''] = member;
    return explainMethod(object, method, explained);
  }
  if (/^[A-Za-z_$][\w$]*$/.test(callee)) {
    if (ast && sharesNameWithFunction(ast, callee))
      return explained('name-clash', say.nameClash(quoteCode(callee)));
    if (declaredNames.includes(callee))
      return explained('not-a-function', say.holdsAValue(quoteCode(callee)));
  }
  return explained('not-a-function', undefined);
}

function explainMethod(
  object: string,
  method: string,
  explained: (tag: string, text: LocalizedText | undefined) => Explanation,
): Explanation {
  if (method === 'length')
    return explained('property-called', say.propertyNotMethod(quoteCode(`${object}.length`)));
  const foreign = foreignMethods[method];
  if (foreign) {
    const right = foreign === 'length' ? `${object}.length` : `${object}.${foreign}(…)`;
    return explained('foreign-syntax', say.useInstead(quoteCode(`.${method}(…)`), quoteCode(right)));
  }
  const known = globalMembers[object] ?? [...new Set([...arrayMethods, ...stringMethods, 'length'])];
  const suggestion = suggestName(method, known);
  if (suggestion?.name === 'length') {
    const length = quoteCode(`${object}.length`);
    return explained('typo', say.join(say.didYouMean(length), say.propertyNotMethod(length)));
  }
  if (suggestion) {
    const call = quoteCode(`${object}.${suggestion.name}(…)`);
    return suggestion.caseOnly
      ? explained('case-mistake', say.caseMatters(call))
      : explained('typo', say.didYouMean(call));
  }
  const isArrayMethod = arrayMethods.includes(method);
  const isStringMethod = stringMethods.includes(method);
  if (isArrayMethod && !isStringMethod) {
    return explained('wrong-type', say.methodOfArrays(quoteCode(method), quoteCode(object)));
  }
  if (isStringMethod && !isArrayMethod) {
    return explained('wrong-type', say.methodOfTexts(quoteCode(method), quoteCode(object)));
  }
  return explained('not-a-function', say.noSuchMethod(quoteCode(object), quoteCode(method)));
}

/** A function and a variable or parameter with the same name: the nearer one hides the function. */
function sharesNameWithFunction(ast: Program, name: string): boolean {
  let functions = 0;
  let values = 0;
  simple(ast, {
    Function: (node) => {
      if (node.id?.name === name) functions++;
      for (const param of node.params)
        values += patternIdentifiers(param).filter((id) => id.name === name).length;
    },
    VariableDeclarator: (node) => {
      const isFunction =
        node.init?.type === 'FunctionExpression' || node.init?.type === 'ArrowFunctionExpression';
      const count = patternIdentifiers(node.id).filter((id) => id.name === name).length;
      if (isFunction) functions += count;
      else values += count;
    },
  });
  return functions > 0 && values > 0;
}
