// The grader's own sentences about a test's outcome, in both languages. Values are quoted as code.
import type { LocalizedText } from '../../contracts/localized-text.ts';

export const testMessages = {
  returnedWrongValue: (expected: string, actual: string): LocalizedText => ({
    en: `Expected \`${expected}\`, but your function returned \`${actual}\`.`,
    fr: `Résultat attendu : \`${expected}\`, mais ta fonction a renvoyé \`${actual}\`.`,
  }),
  printedWrongOutput: (): LocalizedText => ({
    en: 'Your program printed something other than the expected output: compare them line by line.',
    fr: 'Ton programme a affiché autre chose que le résultat attendu : compare-les ligne par ligne.',
  }),
  propertyCounterExample: (call: string, expected: string, actual: string): LocalizedText => ({
    en: `On \`${call}\` your function returns \`${actual}\`, but the right answer is \`${expected}\`.`,
    fr: `Pour \`${call}\`, ta fonction renvoie \`${actual}\`, alors que la bonne réponse est \`${expected}\`.`,
  }),
  checkerRejected: (actual: string, reason: string | undefined): LocalizedText => ({
    en: reason ?? `The answer \`${actual}\` is not accepted.`,
    fr: reason ?? `La réponse \`${actual}\` n'est pas acceptée.`,
  }),
  missingFunction: (name: string, defined?: string): LocalizedText =>
    defined
      ? {
          en: `The tests call a function named \`${name}\`, but your function is named \`${defined}\`: rename it \`${name}\`.`,
          fr: `Les tests appellent une fonction nommée \`${name}\`, mais ta fonction s'appelle \`${defined}\` : renomme-la \`${name}\`.`,
        }
      : {
          en: `Your code does not define a function named \`${name}\`. Check its spelling, upper and lower case included.`,
          fr: `Ton code ne définit pas de fonction nommée \`${name}\`. Vérifie son orthographe, majuscules comprises.`,
        },
  notAFunction: (name: string): LocalizedText => ({
    en: `\`${name}\` exists in your code, but it is not a function.`,
    fr: `\`${name}\` existe dans ton code, mais ce n'est pas une fonction.`,
  }),
  mutatedArguments: (before: string, after: string): LocalizedText => ({
    en: `Your function returns the right value, but it changed what it was given: \`${before}\` became \`${after}\`. The caller's data must stay as it was: work on a copy (\`[...numbers]\`, \`slice()\`) or build a new array.`,
    fr: `Ta fonction renvoie la bonne valeur, mais elle a modifié ce qu'on lui a donné : \`${before}\` est devenu \`${after}\`. Les données de l'appelant doivent rester intactes : travaille sur une copie (\`[...numbers]\`, \`slice()\`) ou construis un nouveau tableau.`,
  }),
  mutatedArgumentsHidden: (): LocalizedText => ({
    en: 'Your function returns the right value, but it changed the data it was given. Work on a copy, or build a new array.',
    fr: "Ta fonction renvoie la bonne valeur, mais elle a modifié ce qu'elle a reçu en argument. Travaille sur une copie, ou construis un nouveau tableau.",
  }),
  hiddenFailed: (): LocalizedText => ({
    en: 'This hidden test did not pass. Think about the cases the visible tests do not show.',
    fr: "Ce test caché n'est pas passé. Pense aux cas que les tests visibles ne montrent pas.",
  }),
  skippedBudget: (budgetMs: number): LocalizedText => ({
    en: `Not run: your program had used its whole time budget (${budgetMs / 1000} s) before this test.`,
    fr: `Non exécuté : ton programme avait déjà utilisé tout son temps (${budgetMs / 1000} s) avant ce test.`,
  }),
  skippedCrash: (): LocalizedText => ({
    en: 'Not run: your program had to be stopped during an earlier test.',
    fr: 'Non exécuté : ton programme a dû être arrêté pendant un test précédent.',
  }),
  skippedFirstFailure: (): LocalizedText => ({
    en: 'Not run: this exercise stops at the first test that does not pass.',
    fr: "Non exécuté : cet exercice s'arrête au premier test qui ne passe pas.",
  }),
  skippedNotRun: (): LocalizedText => ({
    en: 'Not run: your code must run without errors first.',
    fr: "Non exécuté : ton code doit d'abord pouvoir s'exécuter sans erreur.",
  }),
  crashed: (): LocalizedText => ({
    en: 'Your program crashed the sandbox it ran in and had to be stopped.',
    fr: "Ton programme a fait planter l'environnement où il tournait et a dû être arrêté.",
  }),
};
