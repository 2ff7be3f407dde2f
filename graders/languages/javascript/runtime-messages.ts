// What we tell a beginner whose program stopped on an error, in both languages. Code arrives already
// quoted; each sentence names what went wrong with the learner's own code, then one thing to check.
import type { LocalizedText } from '../../../contracts/localized-text.ts';
import { quoteCode } from './quote-code.ts';

const join = (...parts: (LocalizedText | undefined)[]): LocalizedText => ({
  en: parts.flatMap((part) => (part ? [part.en] : [])).join(' '),
  fr: parts.flatMap((part) => (part ? [part.fr] : [])).join(' '),
});

export const runtimeMessages = {
  join,

  notDefined: (nameQuote: string): LocalizedText => ({
    en: `JavaScript does not know the name ${nameQuote}.`,
    fr: `JavaScript ne connaît pas le nom ${nameQuote}.`,
  }),

  didYouMean: (suggestionQuote: string): LocalizedText => ({
    en: `Did you mean ${suggestionQuote}?`,
    fr: `Voulais-tu écrire ${suggestionQuote} ?`,
  }),

  caseMatters: (suggestionQuote: string): LocalizedText => ({
    en: `Upper and lower case matter: did you mean ${suggestionQuote}?`,
    fr: `Les majuscules et les minuscules comptent : voulais-tu écrire ${suggestionQuote} ?`,
  }),

  foreignFunction: (nameQuote: string, replacementQuote: string): LocalizedText => ({
    en: `${nameQuote} does not exist in JavaScript: use ${replacementQuote} instead.`,
    fr: `${nameQuote} n'existe pas en JavaScript : utilise plutôt ${replacementQuote}.`,
  }),

  lengthAlone: (): LocalizedText => ({
    en: '`length` alone is not a variable: it goes after an array or a text, as in `scores.length`.',
    fr: "`length` tout seul n'est pas une variable : il s'écrit après un tableau ou un texte, comme dans `scores.length`.",
  }),

  notVisibleHere: (nameQuote: string): LocalizedText => ({
    en: `${nameQuote} exists in your code, but not here: it is declared inside a block \`{ … }\` or a function, and only exists there. Declare it before that block to use it here too.`,
    fr: `${nameQuote} existe dans ton code, mais pas ici : il est déclaré à l'intérieur d'un bloc \`{ … }\` ou d'une fonction, et n'existe que là. Déclare-le avant ce bloc pour t'en servir ici aussi.`,
  }),

  declareOrQuote: (nameQuote: string, declareQuote: string, textQuote: string): LocalizedText => ({
    en: `Check its spelling, or declare it before using it (${declareQuote}). If you meant the text ${nameQuote}, put it between quotes: ${textQuote}.`,
    fr: `Vérifie son orthographe, ou déclare-le avant de t'en servir (${declareQuote}). Si tu voulais le texte ${nameQuote}, mets-le entre guillemets : ${textQuote}.`,
  }),

  usedBeforeDeclaration: (
    nameQuote: string,
    useLine: number,
    declarationLine: number | undefined,
  ): LocalizedText =>
    declarationLine
      ? {
          en: `The variable ${nameQuote} is used on line ${useLine}, before line ${declarationLine} where it is created. Move the line that creates it higher up, or use it further down.`,
          fr: `La variable ${nameQuote} est utilisée ligne ${useLine}, avant la ligne ${declarationLine} où elle est créée. Place la ligne qui la crée plus haut, ou utilise-la plus bas.`,
        }
      : {
          en: `The variable ${nameQuote} is used before the place where it is declared with \`let\` or \`const\`. Declare it before using it.`,
          fr: `La variable ${nameQuote} est utilisée avant l'endroit où elle est déclarée avec \`let\` ou \`const\`. Déclare-la avant de t'en servir.`,
        },

  functionUsedBeforeDeclaration: (name: string, useLine: number, declarationLine: number): LocalizedText => {
    const written = quoteCode(`const ${name} = …`);
    const declaration = quoteCode(`function ${name}(…) { … }`);
    return {
      en: `The function ${quoteCode(name)} is called on line ${useLine}, but it is created on line ${declarationLine}: a function written as ${written} only exists from that line on. Call it further down, or write it as ${declaration}.`,
      fr: `La fonction ${quoteCode(name)} est appelée ligne ${useLine}, mais elle est créée ligne ${declarationLine} : une fonction écrite ${written} n'existe qu'à partir de cette ligne. Appelle-la plus bas, ou écris-la ${declaration}.`,
    };
  },

  notAFunction: (calleeQuote: string): LocalizedText => ({
    en: `${calleeQuote} is not a function, so it cannot be called with \`( )\`.`,
    fr: `${calleeQuote} n'est pas une fonction : on ne peut pas l'appeler avec \`( )\`.`,
  }),

  propertyNotMethod: (accessQuote: string): LocalizedText => ({
    en: `${accessQuote} is a number, not a function: write it without parentheses.`,
    fr: `${accessQuote} est un nombre, pas une fonction : écris-le sans parenthèses.`,
  }),

  useInstead: (wrongQuote: string, rightQuote: string): LocalizedText => ({
    en: `JavaScript has no ${wrongQuote} here: write ${rightQuote} instead.`,
    fr: `JavaScript n'a pas de ${wrongQuote} ici : écris plutôt ${rightQuote}.`,
  }),

  methodOfArrays: (methodQuote: string, objectQuote: string): LocalizedText => ({
    en: `${methodQuote} is a method of arrays, so ${objectQuote} is probably not an array here. Check what ${objectQuote} holds.`,
    fr: `${methodQuote} est une méthode des tableaux, donc ${objectQuote} n'est sans doute pas un tableau ici. Vérifie ce que contient ${objectQuote}.`,
  }),

  methodOfTexts: (methodQuote: string, objectQuote: string): LocalizedText => ({
    en: `${methodQuote} is a method of texts (strings), so ${objectQuote} is probably not a text here. Check what ${objectQuote} holds.`,
    fr: `${methodQuote} est une méthode des textes (chaînes), donc ${objectQuote} n'est sans doute pas un texte ici. Vérifie ce que contient ${objectQuote}.`,
  }),

  noSuchMethod: (objectQuote: string, methodQuote: string): LocalizedText => ({
    en: `${objectQuote} has no method called ${methodQuote}. Check its spelling, and what ${objectQuote} holds.`,
    fr: `${objectQuote} n'a pas de méthode qui s'appelle ${methodQuote}. Vérifie son orthographe, et ce que contient ${objectQuote}.`,
  }),

  holdsAValue: (nameQuote: string): LocalizedText => ({
    en: `${nameQuote} holds a value (a number, a text…), not a function.`,
    fr: `${nameQuote} contient une valeur (un nombre, un texte…), pas une fonction.`,
  }),

  nameClash: (nameQuote: string): LocalizedText => ({
    en: `Your code uses the name ${nameQuote} for a function and for a variable or parameter: the variable hides the function. Give them different names.`,
    fr: `Ton code utilise le nom ${nameQuote} pour une fonction et pour une variable ou un paramètre : la variable cache la fonction. Donne-leur des noms différents.`,
  }),

  emptyValue: (
    objectQuote: string,
    empty: 'undefined' | 'null',
    propertyQuote: string,
    writing: boolean,
  ) => ({
    en: `${objectQuote} is \`${empty}\` here, so it has no property ${propertyQuote} to ${writing ? 'set' : 'read'}.`,
    fr: `${objectQuote} vaut \`${empty}\` ici, donc on ne peut pas ${writing ? 'modifier' : 'lire'} sa propriété ${propertyQuote}.`,
  }),

  someEmptyValue: (empty: 'undefined' | 'null', propertyQuote: string, writing: boolean): LocalizedText => ({
    en: `A value on this line is \`${empty}\`, so its property ${propertyQuote} cannot be ${writing ? 'set' : 'read'}. Check which value is empty here.`,
    fr: `Une valeur de cette ligne vaut \`${empty}\`, donc on ne peut pas ${writing ? 'modifier' : 'lire'} sa propriété ${propertyQuote}. Vérifie quelle valeur est vide ici.`,
  }),

  indexPastEnd: (arrayCode: string): LocalizedText => ({
    en: `There is probably no element at this index: the indexes of ${quoteCode(arrayCode)} go from \`0\` to ${quoteCode(`${arrayCode}.length - 1`)}.`,
    fr: `Il n'y a sans doute pas d'élément à cet indice : les indices de ${quoteCode(arrayCode)} vont de \`0\` à ${quoteCode(`${arrayCode}.length - 1`)}.`,
  }),

  lessOrEqualLength: (conditionQuote: string, fixedQuote: string): LocalizedText => ({
    en: `Your loop runs while ${conditionQuote}: its last round reads one element too far. Use ${fixedQuote} instead.`,
    fr: `Ta boucle tourne tant que ${conditionQuote} : son dernier tour lit un élément de trop. Utilise plutôt ${fixedQuote}.`,
  }),

  callGaveNothing: (callQuote: string, functionQuote: string): LocalizedText => ({
    en: `${callQuote} gives back nothing: does ${functionQuote} end with a \`return\`?`,
    fr: `${callQuote} ne renvoie rien : est-ce que ${functionQuote} se termine par un \`return\` ?`,
  }),

  parameterMissing: (nameQuote: string, functionQuote: string): LocalizedText => ({
    en: `${nameQuote} is a parameter of ${functionQuote}: was ${functionQuote} called without a value for it?`,
    fr: `${nameQuote} est un paramètre de ${functionQuote} : ${functionQuote} a-t-elle été appelée sans valeur pour lui ?`,
  }),

  constReassigned: (nameQuote: string, declarationLine: number | undefined): LocalizedText => ({
    en: `The variable ${nameQuote} was declared with \`const\`${declarationLine ? ` on line ${declarationLine}` : ''}, so its value cannot change. If it must change, declare it with \`let\`.`,
    fr: `La variable ${nameQuote} a été déclarée avec \`const\`${declarationLine ? ` ligne ${declarationLine}` : ''} : sa valeur ne peut donc pas changer. Si elle doit changer, déclare-la avec \`let\`.`,
  }),

  constLoopCounter: (nameQuote: string): LocalizedText => ({
    en: `The counter ${nameQuote} of your \`for\` loop is declared with \`const\`, but it changes at each round: declare it with \`let\`, as in \`for (let i = 0; …)\`.`,
    fr: `Le compteur ${nameQuote} de ta boucle \`for\` est déclaré avec \`const\`, mais il change à chaque tour : déclare-le avec \`let\`, comme dans \`for (let i = 0; …)\`.`,
  }),

  constSomewhere: (): LocalizedText => ({
    en: 'This line changes a variable declared with `const`, whose value cannot change. If it must change, declare it with `let`.',
    fr: 'Cette ligne modifie une variable déclarée avec `const`, dont la valeur ne peut pas changer. Si elle doit changer, déclare-la avec `let`.',
  }),

  endlessRecursion: (functionQuote: string, hasBaseCase: boolean): LocalizedText =>
    hasBaseCase
      ? {
          en: `${functionQuote} calls itself again and again without ever stopping. Check its base case (the \`if\` that returns without calling ${functionQuote}) and that each call gets closer to it, for example with \`n - 1\`.`,
          fr: `${functionQuote} s'appelle elle-même encore et encore, sans jamais s'arrêter. Vérifie son cas de base (le \`if\` qui renvoie un résultat sans rappeler ${functionQuote}) et que chaque appel s'en rapproche, par exemple avec \`n - 1\`.`,
        }
      : {
          en: `${functionQuote} calls itself without ever stopping: it has no base case. Add an \`if\` that returns a result without calling ${functionQuote}.`,
          fr: `${functionQuote} s'appelle elle-même sans jamais s'arrêter : elle n'a pas de cas de base. Ajoute un \`if\` qui renvoie un résultat sans rappeler ${functionQuote}.`,
        },

  callStackFull: (): LocalizedText => ({
    en: 'Your functions call each other without end, until there is no room left. Check that every chain of calls reaches a stop.',
    fr: "Tes fonctions s'appellent les unes les autres sans fin, jusqu'à ce qu'il n'y ait plus de place. Vérifie que chaque suite d'appels finit par s'arrêter.",
  }),

  invalidArrayLength: (codeQuote: string): LocalizedText => ({
    en: `An array cannot have this length, in ${codeQuote}: the length must be a whole number, 0 or more. Check the value you give it.`,
    fr: `Un tableau ne peut pas avoir cette longueur, dans ${codeQuote} : la longueur doit être un nombre entier, 0 ou plus. Vérifie la valeur que tu lui donnes.`,
  }),

  invalidRepeatCount: (codeQuote: string): LocalizedText => ({
    en: `\`repeat\` needs a count of 0 or more, and not infinite, in ${codeQuote}. Check the value you give it.`,
    fr: `\`repeat\` a besoin d'un nombre de répétitions positif ou nul, et pas infini, dans ${codeQuote}. Vérifie la valeur que tu lui donnes.`,
  }),

  invalidJson: (endedEarly: boolean): LocalizedText => ({
    en: `\`JSON.parse\` received a text that is not valid JSON${endedEarly ? ': it is empty or cut short' : ''}. In JSON, texts and keys are written between double quotes, as in \`{"name": "Ada"}\`.`,
    fr: `\`JSON.parse\` a reçu un texte qui n'est pas du JSON valide${endedEarly ? ' : il est vide ou coupé' : ''}. En JSON, les textes et les clés s'écrivent entre guillemets doubles, comme dans \`{"name": "Ada"}\`.`,
  }),

  invalidRegexp: (detailQuote: string): LocalizedText => ({
    en: `This regular expression is not valid (${detailQuote}).`,
    fr: `Cette expression régulière n'est pas valide (${detailQuote}).`,
  }),

  notIterable: (valueQuote: string, isVariable: boolean): LocalizedText => ({
    en: `${valueQuote} cannot be gone through one element at a time: \`for … of\` and \`...\` need an array or a text.${isVariable ? ` Check what ${valueQuote} holds.` : ''}`,
    fr: `${valueQuote} ne peut pas être parcouru élément par élément : \`for … of\` et \`...\` ont besoin d'un tableau ou d'un texte.${isVariable ? ` Vérifie ce que contient ${valueQuote}.` : ''}`,
  }),

  reduceEmptyArray: (): LocalizedText => ({
    en: '`reduce` was called on an empty array without a starting value: give it one as a second argument, as in `numbers.reduce((a, b) => a + b, 0)`.',
    fr: '`reduce` a été appelé sur un tableau vide sans valeur de départ : donne-lui en une comme second argument, comme dans `numbers.reduce((a, b) => a + b, 0)`.',
  }),

  stoppedOnError: (errorQuote: string, line: number | undefined): LocalizedText => ({
    en: `Your program stopped${line ? ` on line ${line}` : ''} with the error ${errorQuote}.`,
    fr: `Ton programme s'est arrêté${line ? ` ligne ${line}` : ''} sur l'erreur ${errorQuote}.`,
  }),

  thrown: (messageQuote: string, line: number | undefined): LocalizedText => ({
    en: `Your program stopped${line ? ` on line ${line}` : ''} on an error it threw itself: ${messageQuote}.`,
    fr: `Ton programme s'est arrêté${line ? ` ligne ${line}` : ''} sur une erreur qu'il a lui-même lancée : ${messageQuote}.`,
  }),

  errorKind: (name: string): LocalizedText | undefined => errorKinds[name],
};

/** What each built-in kind of error means, in plain words. */
const errorKinds: Record<string, LocalizedText> = {
  TypeError: {
    en: 'A `TypeError` means a value was used in a way its type does not allow, such as calling something that is not a function.',
    fr: "Une `TypeError` signifie qu'une valeur a été utilisée d'une façon que son type ne permet pas, par exemple appeler quelque chose qui n'est pas une fonction.",
  },
  RangeError: {
    en: 'A `RangeError` means a number was outside the values allowed there.',
    fr: "Une `RangeError` signifie qu'un nombre était en dehors des valeurs permises à cet endroit.",
  },
  ReferenceError: {
    en: 'A `ReferenceError` means a name was used that JavaScript cannot find.',
    fr: "Une `ReferenceError` signifie qu'un nom a été utilisé alors que JavaScript ne le trouve pas.",
  },
  SyntaxError: {
    en: 'A `SyntaxError` while running means some text could not be read as code or data.',
    fr: "Une `SyntaxError` pendant l'exécution signifie qu'un texte n'a pas pu être lu comme du code ou des données.",
  },
  URIError: {
    en: 'A `URIError` means a web address could not be encoded or decoded.',
    fr: "Une `URIError` signifie qu'une adresse web n'a pas pu être encodée ou décodée.",
  },
};
