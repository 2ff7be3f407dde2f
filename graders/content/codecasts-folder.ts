// Where an exercise keeps its codecasts, exercises/<slug>/codecasts/<id>/, and how issues name them.
// Apart from load-codecast.ts so the exercise loader can leave that folder out of the exercise's version.

export const codecastsFolder = 'codecasts';

/** The path issues use, from the exercises root: `sum-of-array/codecasts/sum-intro/manifest.json`. */
export function codecastPath(exercise: string, id: string, file = ''): string {
  return `${exercise}/${codecastsFolder}/${id}/${file}`;
}
