// What we tell a beginner whose function gave back `undefined` where a value was expected, in both
// languages: the cause differs (printing instead of returning, no `return`, a `return` in the wrong
// place), and so does the fix.
import type { LocalizedText } from '../../../contracts/localized-text.ts';

export const returnMessages = {
  printedInsteadOfReturning: (functionQuote: string, logQuote: string, fixQuote: string): LocalizedText => ({
    en: `${functionQuote} shows its result with ${logQuote} but does not give it back: a test can only check what a function returns. Replace ${logQuote} with ${fixQuote}.`,
    fr: `${functionQuote} affiche son résultat avec ${logQuote} mais ne le renvoie pas : un test ne peut vérifier que ce qu'une fonction renvoie. Remplace ${logQuote} par ${fixQuote}.`,
  }),

  printedInsteadOfReturningSeveral: (functionQuote: string): LocalizedText => ({
    en: `${functionQuote} shows its result with \`console.log\` but does not give it back: a test can only check what a function returns. Replace each \`console.log(x)\` that shows the result with \`return x\`.`,
    fr: `${functionQuote} affiche son résultat avec \`console.log\` mais ne le renvoie pas : un test ne peut vérifier que ce qu'une fonction renvoie. Remplace chaque \`console.log(x)\` qui affiche le résultat par \`return x\`.`,
  }),

  printedSomething: (functionQuote: string): LocalizedText => ({
    en: `${functionQuote} printed something but gave back \`undefined\`: a test checks what a function returns, not what it prints. Use \`return\` to give back the result.`,
    fr: `${functionQuote} a affiché quelque chose mais a renvoyé \`undefined\` : un test vérifie ce qu'une fonction renvoie, pas ce qu'elle affiche. Utilise \`return\` pour renvoyer le résultat.`,
  }),

  noReturn: (functionQuote: string): LocalizedText => ({
    en: `${functionQuote} has no \`return\`, so it always gives back \`undefined\`. Add \`return\` followed by the result, at the end of the function.`,
    fr: `${functionQuote} n'a pas de \`return\` : elle renvoie donc toujours \`undefined\`. Ajoute \`return\` suivi du résultat, à la fin de la fonction.`,
  }),

  arrowBraces: (shortQuote: string, longQuote: string): LocalizedText => ({
    en: `With braces \`{ }\`, an arrow function needs a \`return\`: write ${shortQuote} or ${longQuote}.`,
    fr: `Avec des accolades \`{ }\`, une fonction fléchée a besoin d'un \`return\` : écris ${shortQuote} ou ${longQuote}.`,
  }),

  bareReturn: (line: number): LocalizedText => ({
    en: `The \`return\` on line ${line} gives back nothing: write the result after it, as in \`return total;\`.`,
    fr: `Le \`return\` de la ligne ${line} ne renvoie rien : écris le résultat après lui, comme dans \`return total;\`.`,
  }),

  returnInCallback: (functionQuote: string, line: number, hostQuote: string | undefined): LocalizedText => ({
    en: `The \`return\` on line ${line} is inside ${hostQuote ? `the function given to ${hostQuote}` : 'another, inner function'}: it leaves that inner function, not ${functionQuote}. Keep the result in a variable and return it at the end of ${functionQuote}, or use a \`for … of\` loop.`,
    fr: `Le \`return\` de la ligne ${line} est dans ${hostQuote ? `la fonction donnée à ${hostQuote}` : 'une autre fonction, intérieure'} : il quitte cette fonction intérieure, pas ${functionQuote}. Garde le résultat dans une variable et renvoie-le à la fin de ${functionQuote}, ou utilise une boucle \`for … of\`.`,
  }),

  returnOnlyInLoop: (functionQuote: string, line: number): LocalizedText => ({
    en: `${functionQuote} only returns from inside its loop (line ${line}): when the loop ends without reaching that \`return\`, ${functionQuote} gives back \`undefined\`. Add a \`return\` after the loop, and check that the one inside does not stop the loop too early.`,
    fr: `${functionQuote} ne renvoie un résultat que depuis sa boucle (ligne ${line}) : quand la boucle se termine sans atteindre ce \`return\`, ${functionQuote} renvoie \`undefined\`. Ajoute un \`return\` après la boucle, et vérifie que celui de la boucle ne l'arrête pas trop tôt.`,
  }),

  somePathWithoutReturn: (functionQuote: string): LocalizedText => ({
    en: `${functionQuote} gave back \`undefined\` in this test: on this path through the function, no \`return\` was reached. Check the case where your \`if\` conditions are all false.`,
    fr: `${functionQuote} a renvoyé \`undefined\` dans ce test : sur ce chemin dans la fonction, aucun \`return\` n'a été atteint. Vérifie le cas où toutes tes conditions \`if\` sont fausses.`,
  }),

  returnedNothing: (): LocalizedText => ({
    en: 'Your function gave back `undefined`: no `return` with a value was reached. Use `return` to give back the result.',
    fr: "Ta fonction a renvoyé `undefined` : aucun `return` avec une valeur n'a été atteint. Utilise `return` pour renvoyer le résultat.",
  }),
};
