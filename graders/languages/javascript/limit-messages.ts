// What we tell a beginner whose program ran too long, used too much memory or printed too much, in both
// languages. `test` and `amount` arrive already worded ("in test …", "for more than 1 s").
import type { LocalizedText } from '../../../contracts/localized-text.ts';

export const limitMessages = {
  inTest: (name: LocalizedText): LocalizedText => ({
    en: `in test "${name.en}"`,
    fr: `dans le test « ${name.fr} »`,
  }),

  ranFor: (duration: LocalizedText | undefined): LocalizedText =>
    duration
      ? { en: `for more than ${duration.en}`, fr: `plus de ${duration.fr}` }
      : { en: 'too long', fr: 'trop longtemps' },

  loopUnchanged: (test: LocalizedText, headQuote: string, ran: LocalizedText, variables: string[]) => {
    const names = (word: string) => variables.join(` ${word} `);
    return {
      en: `Your loop never seems to end: ${test.en}, ${headQuote} ran ${ran.en}. Does ${names('or')} change inside the loop?`,
      fr: `Ta boucle ne semble jamais s'arrêter : ${test.fr}, ${headQuote} a tourné ${ran.fr}. Est-ce que ${names('ou')} change dans la boucle ?`,
    };
  },

  loopWrongDirection: (
    test: LocalizedText,
    headQuote: string,
    ran: LocalizedText,
    updateQuote: string,
    variableQuote: string,
    conditionQuote: string,
  ): LocalizedText => ({
    en: `Your loop never ends: ${test.en}, ${headQuote} ran ${ran.en}. ${updateQuote} moves ${variableQuote} away from the end, so ${conditionQuote} never becomes false. Should ${variableQuote} go the other way?`,
    fr: `Ta boucle ne s'arrête jamais : ${test.fr}, ${headQuote} a tourné ${ran.fr}. ${updateQuote} éloigne ${variableQuote} de la fin, donc ${conditionQuote} ne devient jamais faux. ${variableQuote} ne devrait-il pas aller dans l'autre sens ?`,
  }),

  loopNoExit: (test: LocalizedText, headQuote: string, ran: LocalizedText): LocalizedText => ({
    en: `Your loop never ends: ${test.en}, ${headQuote} ran ${ran.en}, and it contains no \`break\` or \`return\` to leave it.`,
    fr: `Ta boucle ne s'arrête jamais : ${test.fr}, ${headQuote} a tourné ${ran.fr}, et elle ne contient aucun \`break\` ni \`return\` pour en sortir.`,
  }),

  recursionTooLong: (test: LocalizedText, functionQuote: string, ran: LocalizedText): LocalizedText => ({
    en: `${capitalize(test.en)}, your program ran ${ran.en}: ${functionQuote} keeps calling itself. Check its base case, and that each call gets closer to it.`,
    fr: `${capitalize(test.fr)}, ton programme a tourné ${ran.fr} : ${functionQuote} ne cesse de s'appeler elle-même. Vérifie son cas de base, et que chaque appel s'en rapproche.`,
  }),

  tooSlow: (test: LocalizedText, ran: LocalizedText): LocalizedText => ({
    en: `${capitalize(test.en)}, your program ran ${ran.en}. Is there a loop that never ends, or does it do far more work than needed?`,
    fr: `${capitalize(test.fr)}, ton programme a tourné ${ran.fr}. Y a-t-il une boucle qui ne s'arrête jamais, ou fait-il beaucoup plus de travail que nécessaire ?`,
  }),

  recursionMemory: (test: LocalizedText, functionQuote: string, hasBaseCase: boolean): LocalizedText => ({
    en: `${capitalize(test.en)}, your program ran out of memory because ${functionQuote} calls itself without ever stopping${hasBaseCase ? '. Check its base case, and that each call gets closer to it' : `: it has no base case. Add an \`if\` that returns a result without calling ${functionQuote}`}.`,
    fr: `${capitalize(test.fr)}, ton programme a manqué de mémoire, car ${functionQuote} s'appelle elle-même sans jamais s'arrêter${hasBaseCase ? ". Vérifie son cas de base, et que chaque appel s'en rapproche" : ` : elle n'a pas de cas de base. Ajoute un \`if\` qui renvoie un résultat sans rappeler ${functionQuote}`}.`,
  }),

  loopMemory: (test: LocalizedText, headQuote: string, variables: string[]): LocalizedText => ({
    en: `${capitalize(test.en)}, your program ran out of memory: the loop ${headQuote} never seems to end, and what it builds grows at each round.${variables.length ? ` Does ${variables.join(' or ')} change inside the loop?` : ''}`,
    fr: `${capitalize(test.fr)}, ton programme a manqué de mémoire : la boucle ${headQuote} ne semble jamais s'arrêter, et ce qu'elle construit grandit à chaque tour.${variables.length ? ` Est-ce que ${variables.join(' ou ')} change dans la boucle ?` : ''}`,
  }),

  tooMuchMemory: (test: LocalizedText, limit: LocalizedText | undefined): LocalizedText => ({
    en: `${capitalize(test.en)}, your program used ${limit ? `more than ${limit.en} of` : 'too much'} memory. Does an array or a text grow without end, for example in a loop that never stops?`,
    fr: `${capitalize(test.fr)}, ton programme a utilisé ${limit ? `plus de ${limit.fr}` : 'trop'} de mémoire. Un tableau ou un texte grandit-il sans fin, par exemple dans une boucle qui ne s'arrête jamais ?`,
  }),

  printedInLoop: (
    test: LocalizedText,
    size: LocalizedText | undefined,
    logQuote: string,
    line: number,
    headQuote: string,
  ): LocalizedText => ({
    en: `${capitalize(test.en)}, your program printed ${size ? `more than ${size.en}` : 'too much'}. Is the ${logQuote} on line ${line} inside a loop that never ends (${headQuote})?`,
    fr: `${capitalize(test.fr)}, ton programme a affiché ${size ? `plus de ${size.fr}` : 'trop de texte'}. Le ${logQuote} de la ligne ${line} serait-il dans une boucle qui ne s'arrête jamais (${headQuote}) ?`,
  }),

  printedTooMuch: (test: LocalizedText, size: LocalizedText | undefined): LocalizedText => ({
    en: `${capitalize(test.en)}, your program printed ${size ? `more than ${size.en}` : 'too much'}. Is a \`console.log\` inside a loop that never ends?`,
    fr: `${capitalize(test.fr)}, ton programme a affiché ${size ? `plus de ${size.fr}` : 'trop de texte'}. Un \`console.log\` serait-il dans une boucle qui ne s'arrête jamais ?`,
  }),
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
