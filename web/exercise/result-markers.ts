// Where a grade result points into the learner's code: syntax errors, runtime errors at their line, and
// feedback tied to a place. One marker per place and message, errors first.
import type { GradeResult } from '../../contracts/grade-result.ts';
import type { LocalizedText } from '../../contracts/localized-text.ts';
import type { SourceLocation } from '../../contracts/source-location.ts';
import type { EditorMarker } from './editor-marker.ts';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export function resultMarkers(result: GradeResult, pick: (text: LocalizedText) => string): EditorMarker[] {
  const markers: EditorMarker[] = [];
  const add = (
    severity: EditorMarker['severity'],
    location: SourceLocation | undefined,
    text: LocalizedText,
  ) => {
    if (!location) return;
    const message = pick(text);
    const same = markers.some(
      (marker) =>
        marker.line === location.line && marker.column === location.column && marker.message === message,
    );
    if (!same) markers.push({ severity, message, ...location });
  };
  for (const diagnostic of result.diagnostics) add('error', diagnostic.location, diagnostic.message);
  for (const test of result.tests) {
    if (test.status !== 'passed' && test.message) {
      add(test.status === 'failed' ? 'warning' : 'error', test.location, test.message);
    }
  }
  for (const feedback of result.feedback) add('warning', feedback.location, feedback.text);
  return markers.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.line - b.line);
}
