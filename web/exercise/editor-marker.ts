// A squiggle in the learner's code with its explanation: what the editor is given to show. Plain data,
// so the pages never need Monaco's types.
export interface EditorMarker {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** 1-based, as in contracts/source-location.ts. */
  line: number;
  column: number;
  endLine?: number;
  /** Exclusive. */
  endColumn?: number;
}
