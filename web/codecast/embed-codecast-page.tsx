// /embed/codecast/:id — the player inside the embed frame (bearer session, height), each graded checkpoint
// posted to the host page like an embedded exercise's result.
import { EmbedFrame, tellHostGraded } from '../embed/embed-frame.tsx';
import { CodecastPage } from './codecast-page.tsx';

export function EmbedCodecastPage({ id }: { id: string }) {
  return (
    <EmbedFrame>
      {(api) => (
        <CodecastPage
          api={api}
          id={id}
          onGraded={(result, attemptId, exercise) => tellHostGraded(exercise, attemptId, result)}
        />
      )}
    </EmbedFrame>
  );
}
