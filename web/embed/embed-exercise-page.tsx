// /embed/exercise/:slug — the exercise inside the embed frame (bearer session, height), each graded
// result posted to the host page.
import { ExercisePage } from '../exercise/exercise-page.tsx';
import { EmbedFrame, tellHostGraded } from './embed-frame.tsx';

export function EmbedExercisePage({ slug }: { slug: string }) {
  return (
    <EmbedFrame>
      {(api) => (
        <ExercisePage
          api={api}
          slug={slug}
          onGraded={(result, attemptId) => tellHostGraded(slug, attemptId, result)}
        />
      )}
    </EmbedFrame>
  );
}
