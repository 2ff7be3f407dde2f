// Every name the learner declared, anywhere in the program: variables, functions, parameters, classes,
// caught errors. Used to suggest "did you mean…?" when a name is misspelled later.
import type { Pattern, Program } from 'acorn';
import { simple } from 'acorn-walk';

export function collectDeclaredNames(ast: Program): string[] {
  const found: { name: string; start: number }[] = [];
  const addPattern = (pattern: Pattern | null | undefined) => {
    for (const id of patternIdentifiers(pattern)) found.push({ name: id.name, start: id.start });
  };
  simple(ast, {
    VariableDeclarator: (node) => addPattern(node.id),
    Function: (node) => {
      if (node.id) found.push({ name: node.id.name, start: node.id.start });
      for (const param of node.params) addPattern(param);
    },
    Class: (node) => {
      if (node.id) found.push({ name: node.id.name, start: node.id.start });
    },
    CatchClause: (node) => addPattern(node.param),
  });
  found.sort((a, b) => a.start - b.start);
  return [...new Set(found.map((entry) => entry.name))];
}

/** The identifiers a binding pattern declares: `x`, `[a, b]`, `{ p: q, ...rest }`, `y = 1`. */
export function patternIdentifiers(pattern: Pattern | null | undefined): { name: string; start: number }[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [{ name: pattern.name, start: pattern.start }];
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => patternIdentifiers(element));
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) =>
        patternIdentifiers(property.type === 'Property' ? property.value : property.argument),
      );
    case 'AssignmentPattern':
      return patternIdentifiers(pattern.left);
    case 'RestElement':
      return patternIdentifiers(pattern.argument);
    default:
      return [];
  }
}
