// Test ids made from English test names ("Empty array → 0" becomes `empty-array-0`), so a teacher only
// writes an `id` when they want one that survives renaming the test.

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
