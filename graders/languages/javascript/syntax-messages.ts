// What we tell a beginner whose code cannot be read, in both languages. Arguments that are code arrive
// already quoted (see quote-code.ts); the sentences stay short and say what to do, not what the parser
// thinks.
import type { LocalizedText } from '../../../contracts/localized-text.ts';

/** French needs the bracket's name and gender to agree ("la parenthèse ouverte", "le crochet ouvert"). */
const bracketNames: Record<string, { fr: string; feminine: boolean }> = {
  '(': { fr: 'parenthèse', feminine: true },
  ')': { fr: 'parenthèse', feminine: true },
  '[': { fr: 'crochet', feminine: false },
  ']': { fr: 'crochet', feminine: false },
  '{': { fr: 'accolade', feminine: true },
  '}': { fr: 'accolade', feminine: true },
  '${': { fr: 'accolade', feminine: true },
};

function bracket(symbol: string) {
  const name = bracketNames[symbol] ?? { fr: 'symbole', feminine: false };
  const article = /^[aeiou]/.test(name.fr) ? "l'" : name.feminine ? 'la ' : 'le ';
  return {
    /** "la parenthèse `(`", "l'accolade `{`", "le crochet `[`" */
    the: `${article}${name.fr} \`${symbol}\``,
    /** "une `)`", "un `]`" */
    one: `${name.feminine ? 'une' : 'un'} \`${symbol}\``,
    /** "cette accolade `}`", "ce crochet `]`" */
    this: `${name.feminine ? 'cette' : 'ce'} ${name.fr} \`${symbol}\``,
    /** Agreement of a past participle: "ouverte" or "ouvert". */
    e: name.feminine ? 'e' : '',
    pronoun: name.feminine ? 'elle' : 'il',
  };
}

export const syntaxMessages = {
  unclosedBracket: (
    open: string,
    close: string,
    line: number,
    lineQuote: string,
    closeBeforeLine?: number,
  ): LocalizedText => {
    const b = bracket(open);
    const before = closeBeforeLine ?? 0;
    return {
      en: `The \`${open}\` opened on line ${line} (${lineQuote}) is never closed: add a \`${close}\` where it ends${before ? `, probably before line ${before}` : ''}.`,
      fr: `${capitalize(b.the)} ouvert${b.e} ligne ${line} (${lineQuote}) n'est jamais fermé${b.e} : ajoute ${bracket(close).one} là où ${b.pronoun} se termine${before ? `, sans doute avant la ligne ${before}` : ''}.`,
    };
  },

  missingCloserBefore: (
    open: string,
    close: string,
    foundQuote: string,
    line: number,
    column: number,
  ): LocalizedText => {
    const b = bracket(open);
    const c = bracket(close);
    return {
      en: `A \`${close}\` is missing before ${foundQuote}: it closes the \`${open}\` opened on line ${line}, column ${column}.`,
      fr: `Il manque ${c.one} avant ${foundQuote} : ${c.pronoun} doit fermer ${b.the} ouvert${b.e} ligne ${line}, colonne ${column}.`,
    };
  },

  mismatchedCloser: (
    found: string,
    open: string,
    close: string,
    line: number,
    column: number,
  ): LocalizedText => {
    const b = bracket(open);
    return {
      en: `This \`${found}\` does not match: the last one still open here is the \`${open}\` from line ${line}, column ${column}, which closes with \`${close}\`.`,
      fr: `${capitalize(bracket(found).this)} ne correspond pas : le dernier symbole encore ouvert ici est ${b.the} de la ligne ${line}, colonne ${column}, qui se ferme avec \`${close}\`.`,
    };
  },

  extraCloser: (found: string): LocalizedText => {
    const open = found === ')' ? '(' : found === ']' ? '[' : '{';
    return {
      en: `This \`${found}\` closes nothing: there is one \`${found}\` too many here, or a \`${open}\` is missing earlier.`,
      fr: `${capitalize(bracket(found).this)} ne ferme rien : il y a ${bracket(found).one} en trop ici, ou il manque ${bracket(open).one} plus haut.`,
    };
  },

  missingValueAfter: (operatorQuote: string, snippetQuote: string): LocalizedText => ({
    en: `A value is missing after ${operatorQuote} in ${snippetQuote}.`,
    fr: `Il manque une valeur après ${operatorQuote} dans ${snippetQuote}.`,
  }),

  compareWithTripleEquals: (): LocalizedText => ({
    en: 'To compare two values, use `===`: a single `=` stores a value in a variable.',
    fr: 'Pour comparer deux valeurs, utilise `===` : un seul `=` range une valeur dans une variable.',
  }),

  missingCommaInArray: (afterQuote: string, beforeQuote: string): LocalizedText => ({
    en: `A \`,\` is missing between ${afterQuote} and ${beforeQuote}: the elements of an array are separated by commas.`,
    fr: `Il manque une virgule \`,\` entre ${afterQuote} et ${beforeQuote} : les éléments d'un tableau sont séparés par des virgules.`,
  }),

  missingCommaInObject: (afterQuote: string, beforeQuote: string): LocalizedText => ({
    en: `A \`,\` is missing after ${afterQuote}, before ${beforeQuote}: the properties of an object are separated by commas.`,
    fr: `Il manque une virgule \`,\` après ${afterQuote}, avant ${beforeQuote} : les propriétés d'un objet sont séparées par des virgules.`,
  }),

  missingColonInObject: (keyQuote: string, valueQuote: string, fixedQuote: string): LocalizedText => ({
    en: `A \`:\` is missing between the key ${keyQuote} and its value ${valueQuote}: write ${fixedQuote}.`,
    fr: `Il manque \`:\` entre la clé ${keyQuote} et sa valeur ${valueQuote} : écris ${fixedQuote}.`,
  }),

  missingCommaInArguments: (afterQuote: string, beforeQuote: string): LocalizedText => ({
    en: `Something is missing between ${afterQuote} and ${beforeQuote}: a \`,\` to give two separate values, or an operator such as \`+\` to join them.`,
    fr: `Il manque quelque chose entre ${afterQuote} et ${beforeQuote} : une virgule \`,\` pour donner deux valeurs séparées, ou un opérateur comme \`+\` pour les assembler.`,
  }),

  missingCommaInParameters: (afterQuote: string, beforeQuote: string): LocalizedText => ({
    en: `A \`,\` is missing between the parameters ${afterQuote} and ${beforeQuote}.`,
    fr: `Il manque une virgule \`,\` entre les paramètres ${afterQuote} et ${beforeQuote}.`,
  }),

  missingOperator: (afterQuote: string, beforeQuote: string): LocalizedText => ({
    en: `An operator is missing between ${afterQuote} and ${beforeQuote}, such as \`===\`, \`&&\` or \`+\`.`,
    fr: `Il manque un opérateur entre ${afterQuote} et ${beforeQuote}, comme \`===\`, \`&&\` ou \`+\`.`,
  }),

  missingSomething: (afterQuote: string, beforeQuote: string): LocalizedText => ({
    en: `Two pieces of code follow each other with nothing between them: ${afterQuote} then ${beforeQuote}. Is an operator, a \`,\` or a \`;\` missing?`,
    fr: `Deux morceaux de code se suivent sans rien entre eux : ${afterQuote} puis ${beforeQuote}. Manque-t-il un opérateur, une \`,\` ou un \`;\` ?`,
  }),

  nameWithSpace: (namesQuote: string, joinedQuote: string): LocalizedText => ({
    en: `A name cannot contain spaces: ${namesQuote} is read as two names. Write it as one word, for example ${joinedQuote}.`,
    fr: `Un nom ne peut pas contenir d'espace : ${namesQuote} est lu comme deux noms. Écris-le en un seul mot, par exemple ${joinedQuote}.`,
  }),

  misspelledKeyword: (wrongQuote: string, rightQuote: string): LocalizedText => ({
    en: `${wrongQuote} is not a JavaScript word: did you mean ${rightQuote}?`,
    fr: `${wrongQuote} n'est pas un mot de JavaScript : voulais-tu écrire ${rightQuote} ?`,
  }),

  keywordCase: (wrongQuote: string, rightQuote: string): LocalizedText => ({
    en: `JavaScript tells upper and lower case apart: write ${rightQuote}, not ${wrongQuote}.`,
    fr: `JavaScript distingue majuscules et minuscules : écris ${rightQuote} et non ${wrongQuote}.`,
  }),

  reservedWord: (wordQuote: string, exampleQuote: string): LocalizedText => ({
    en: `${wordQuote} is a reserved word of JavaScript: it cannot be used as a name. Choose another name, for example ${exampleQuote}.`,
    fr: `${wordQuote} est un mot réservé de JavaScript : il ne peut pas servir de nom. Choisis un autre nom, par exemple ${exampleQuote}.`,
  }),

  redeclaredVariable: (
    nameQuote: string,
    first: { line: number; quote: string } | undefined,
    assignQuote: string,
    keyword: string,
    firstIsConst: boolean,
  ): LocalizedText => {
    const where = {
      en: first ? `on line ${first.line} (${first.quote})` : 'earlier',
      fr: first ? `ligne ${first.line} (${first.quote})` : 'plus haut',
    };
    const change = firstIsConst
      ? {
          en: `To change its value, declare it once with \`let\` instead of \`const\`, then write ${assignQuote}`,
          fr: `Pour changer sa valeur, déclare-le une seule fois avec \`let\` au lieu de \`const\`, puis écris ${assignQuote}`,
        }
      : {
          en: `To change its value, write ${assignQuote} without \`${keyword}\``,
          fr: `Pour changer sa valeur, écris ${assignQuote} sans \`${keyword}\``,
        };
    return {
      en: `The name ${nameQuote} is already declared ${where.en}. ${change.en}; otherwise choose another name.`,
      fr: `Le nom ${nameQuote} est déjà déclaré ${where.fr}. ${change.fr} ; sinon, choisis un autre nom.`,
    };
  },

  redeclaredFunction: (
    nameQuote: string,
    first: { line: number; quote: string } | undefined,
  ): LocalizedText => ({
    en: `The name ${nameQuote} is already used ${first ? `on line ${first.line} (${first.quote})` : 'earlier'}: two functions or variables cannot share a name. Rename one of them.`,
    fr: `Le nom ${nameQuote} est déjà utilisé ${first ? `ligne ${first.line} (${first.quote})` : 'plus haut'} : deux fonctions ou variables ne peuvent pas porter le même nom. Renomme l'une d'elles.`,
  }),

  forSeparators: (): LocalizedText => ({
    en: 'The three parts of a `for` are separated by `;`, not by `,`: `for (let i = 0; i < n; i++)`.',
    fr: "Les trois parties d'un `for` sont séparées par des `;` et non par des `,` : `for (let i = 0; i < n; i++)`.",
  }),

  conditionNeedsParentheses: (keywordQuote: string, exampleQuote: string): LocalizedText => ({
    en: `After ${keywordQuote}, the condition goes between parentheses: ${exampleQuote}.`,
    fr: `Après ${keywordQuote}, la condition s'écrit entre parenthèses : ${exampleQuote}.`,
  }),

  functionNeedsName: (): LocalizedText => ({
    en: 'This function needs a name, such as `f` in `function f(…) { … }`.',
    fr: "Cette fonction a besoin d'un nom, comme `f` dans `function f(…) { … }`.",
  }),

  constNeedsValue: (exampleQuote: string): LocalizedText => ({
    en: `A \`const\` receives its value right away: write ${exampleQuote}.`,
    fr: `Une variable \`const\` reçoit sa valeur tout de suite : écris ${exampleQuote}.`,
  }),

  elseWithoutIf: (): LocalizedText => ({
    en: 'This `else` does not come right after the `}` of an `if`: check the braces `{ }` just before it.',
    fr: "Ce `else` ne vient pas juste après la `}` d'un `if` : vérifie les accolades `{ }` juste avant.",
  }),

  apostropheInText: (textQuote: string, fixedQuote: string): LocalizedText => ({
    en: `The apostrophe in ${textQuote} ends the text too early. Write the text between double quotes: ${fixedQuote}.`,
    fr: `L'apostrophe de ${textQuote} termine le texte trop tôt. Écris le texte entre guillemets doubles : ${fixedQuote}.`,
  }),

  unterminatedString: (quoteChar: string, textQuote: string): LocalizedText => ({
    en: `This text is never closed: ${textQuote} needs a closing \`${quoteChar}\` on the same line.`,
    fr: `Ce texte n'est jamais fermé : il manque le \`${quoteChar}\` final de ${textQuote}, sur la même ligne.`,
  }),

  unterminatedTemplate: (): LocalizedText => ({
    en: 'This text between backticks (`` ` ``) is never closed: add a closing `` ` `` where it ends.',
    fr: "Ce texte entre accents graves (`` ` ``) n'est jamais fermé : ajoute un `` ` `` là où il se termine.",
  }),

  unterminatedComment: (): LocalizedText => ({
    en: 'This comment is never closed: add `*/` where it ends.',
    fr: "Ce commentaire n'est jamais fermé : ajoute `*/` là où il se termine.",
  }),

  unterminatedRegexp: (): LocalizedText => ({
    en: 'This `/` starts a regular expression that never ends. To divide, put a value on each side of `/`.',
    fr: 'Ce `/` commence une expression régulière qui ne se termine jamais. Pour diviser, mets une valeur de chaque côté du `/`.',
  }),

  typographicQuote: (charQuote: string): LocalizedText => ({
    en: `${charQuote} is a typographic quote, probably copied from a word processor or a web page. JavaScript only understands straight quotes: \`"\` or \`'\`.`,
    fr: `${charQuote} est un guillemet typographique, sans doute copié depuis un traitement de texte ou une page web. JavaScript ne comprend que les guillemets droits : \`"\` ou \`'\`.`,
  }),

  unexpectedCharacter: (charQuote: string): LocalizedText => ({
    en: `The character ${charQuote} cannot be used here in JavaScript.`,
    fr: `Le caractère ${charQuote} ne peut pas être utilisé ici en JavaScript.`,
  }),

  nameStartsWithDigit: (textQuote: string, exampleQuote: string): LocalizedText => ({
    en: `A name cannot start with a digit: ${textQuote}. Start it with a letter, for example ${exampleQuote}.`,
    fr: `Un nom ne peut pas commencer par un chiffre : ${textQuote}. Commence-le par une lettre, par exemple ${exampleQuote}.`,
  }),

  numberThenLetters: (textQuote: string, exampleQuote: string): LocalizedText => ({
    en: `A number cannot be directly followed by letters: ${textQuote}. To multiply, write ${exampleQuote}.`,
    fr: `Un nombre ne peut pas être directement suivi de lettres : ${textQuote}. Pour multiplier, écris ${exampleQuote}.`,
  }),

  invalidAssignment: (leftQuote: string): LocalizedText => ({
    en: `On the left of \`=\` there must be a variable, but here there is ${leftQuote}. A single \`=\` stores a value; to compare, use \`===\`.`,
    fr: `À gauche de \`=\`, il faut une variable, mais ici il y a ${leftQuote}. Un seul \`=\` range une valeur ; pour comparer, utilise \`===\`.`,
  }),

  notAVariable: (codeQuote: string): LocalizedText => ({
    en: `Only a variable can be changed here, and ${codeQuote} is not one.`,
    fr: `Seule une variable peut être modifiée ici, et ${codeQuote} n'en est pas une.`,
  }),

  returnOutsideFunction: (): LocalizedText => ({
    en: '`return` only works inside a function, and this one is outside any function. Does a `}` close the function too early, before it?',
    fr: "`return` ne fonctionne qu'à l'intérieur d'une fonction, et celui-ci est en dehors de toute fonction. Une `}` fermerait-elle la fonction trop tôt, avant lui ?",
  }),

  breakOutsideLoop: (wordQuote: string, orSwitch: boolean): LocalizedText => ({
    en: `${wordQuote} only works inside a loop${orSwitch ? ' or a `switch`' : ''}. Does a \`}\` close the loop too early, before it?`,
    fr: `${wordQuote} ne fonctionne qu'à l'intérieur d'une boucle${orSwitch ? " ou d'un `switch`" : ''}. Une \`}\` fermerait-elle la boucle trop tôt, avant lui ?`,
  }),

  unexpectedToken: (
    foundQuote: string,
    afterQuote: string | undefined,
    expectedQuote?: string,
  ): LocalizedText => ({
    en: `JavaScript did not expect ${foundQuote} here${afterQuote ? `, after ${afterQuote}` : ''}${expectedQuote ? `: it expected ${expectedQuote}` : ''}.`,
    fr: `JavaScript ne s'attendait pas à ${foundQuote} ici${afterQuote ? `, après ${afterQuote}` : ''}${expectedQuote ? ` : il attendait ${expectedQuote}` : ''}.`,
  }),

  unexpectedEnd: (lastQuote: string | undefined): LocalizedText => ({
    en: `Your code stops in the middle of something${lastQuote ? `, after ${lastQuote}` : ''}: JavaScript reached the end of the file while waiting for the rest.`,
    fr: `Ton code s'arrête au milieu de quelque chose${lastQuote ? `, après ${lastQuote}` : ''} : JavaScript arrive à la fin du fichier en attendant la suite.`,
  }),

  unreadable: (detailQuote: string): LocalizedText => ({
    en: `JavaScript cannot read this part of your code (it says ${detailQuote}).`,
    fr: `JavaScript n'arrive pas à lire cette partie de ton code (il dit ${detailQuote}).`,
  }),

  moduleSyntax: (keywordQuote: string, isExport: boolean): LocalizedText =>
    isExport
      ? {
          en: `In this exercise everything lives in one file, so nothing needs to be exported: remove the word ${keywordQuote}.`,
          fr: `Dans cet exercice, tout tient dans un seul fichier : rien n'a besoin d'être exporté. Retire le mot ${keywordQuote}.`,
        }
      : {
          en: `In this exercise everything lives in one file, so there is nothing to import: remove this ${keywordQuote} line.`,
          fr: `Dans cet exercice, tout tient dans un seul fichier : il n'y a rien à importer. Supprime cette ligne ${keywordQuote}.`,
        },

  typescriptEnum: (): LocalizedText => ({
    en: 'Here TypeScript only has its types removed before running, and an `enum` is more than a type. Use an object instead: `const Color = { Red: "red", Green: "green" };`.',
    fr: `Ici, on retire seulement les types de TypeScript avant l'exécution, et un \`enum\` est plus qu'un type. Utilise plutôt un objet : \`const Color = { Red: "red", Green: "green" };\`.`,
  }),

  typescriptNamespace: (): LocalizedText => ({
    en: 'Here TypeScript only has its types removed before running, so `namespace` is not supported: write plain functions and variables instead.',
    fr: "Ici, on retire seulement les types de TypeScript avant l'exécution, donc `namespace` n'est pas pris en charge : écris plutôt des fonctions et des variables simples.",
  }),

  typescriptParameterProperty: (): LocalizedText => ({
    en: 'A constructor parameter with `private`, `public` or `readonly` is not supported here: declare the field in the class, then assign it in the constructor (`this.x = x;`).',
    fr: "Un paramètre de constructeur avec `private`, `public` ou `readonly` n'est pas pris en charge ici : déclare le champ dans la classe, puis donne-lui sa valeur dans le constructeur (`this.x = x;`).",
  }),

  typescriptAngleAssertion: (): LocalizedText => ({
    en: 'The form `<Type>value` is not supported here: write `value as Type` instead.',
    fr: "La forme `<Type>valeur` n'est pas prise en charge ici : écris plutôt `valeur as Type`.",
  }),

  typescriptUnsupported: (): LocalizedText => ({
    en: 'This TypeScript construct is not supported here: only type annotations are removed before running, so write the rest in plain JavaScript.',
    fr: "Cette construction TypeScript n'est pas prise en charge ici : seules les annotations de type sont retirées avant l'exécution, alors écris le reste en JavaScript simple.",
  }),

  tooLarge: (size: LocalizedText, max: LocalizedText): LocalizedText => ({
    en: `Your code is too long to be graded: ${size.en}, for at most ${max.en}. Remove what the exercise does not need.`,
    fr: `Ton code est trop long pour être corrigé : ${size.fr}, pour ${max.fr} au maximum. Retire ce dont l'exercice n'a pas besoin.`,
  }),
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
