// The fields of a JSON Schema that have no description, by JSON pointer: an editor can explain every
// other one to the teacher typing it.
export function undocumentedFields(schema: unknown): string[] {
  const undocumented: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
    for (const [name, property] of Object.entries(properties ?? {})) {
      if (!property.description) undocumented.push(`${path}/properties/${name}`);
    }
    for (const [key, value] of Object.entries(node)) visit(value, `${path}/${key}`);
  };
  visit(schema, '#');
  return undocumented;
}
