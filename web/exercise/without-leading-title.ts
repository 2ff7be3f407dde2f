// Statements open with their title as a `# heading`; the page already shows the title as its h1, so the
// statement's own is dropped rather than read twice by a screen reader.
export function withoutLeadingTitle(markdown: string): string {
  return markdown.replace(/^\s*# [^\n]*\n+/, '');
}
