// An encoded value written back as the JavaScript a beginner would type, for "expected … but got …".
// Long values are cut so a result page stays readable; strings are quoted so that `"5"` and `5` differ.
import type { EncodedValue } from '../../contracts/encoded-value.ts';

const identifier = /^[A-Za-z_$][\w$]*$/;

export function renderValue(value: EncodedValue, maxLength = 500): string {
  const text = render(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** A call as the learner would write it: `sum([1, 2, 3])`. */
export function renderCall(functionName: string, args: EncodedValue[], maxLength = 500): string {
  const text = `${functionName}(${args.map(render).join(', ')})`;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

function render(value: EncodedValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  switch (value.$) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return value.v;
    case 'bigint':
      return `${value.v}n`;
    case 'symbol':
      return `Symbol(${value.v})`;
    case 'array':
      return `[${value.items.map(render).join(', ')}]`;
    case 'object': {
      const body = value.entries.map(
        ([key, item]) => `${identifier.test(key) ? key : JSON.stringify(key)}: ${render(item)}`,
      );
      const prefix = value.ctor && value.ctor !== 'Object' ? `${value.ctor} ` : '';
      return body.length === 0 ? `${prefix}{}` : `${prefix}{ ${body.join(', ')} }`;
    }
    case 'map':
      return `new Map([${value.entries.map(([k, v]) => `[${render(k)}, ${render(v)}]`).join(', ')}])`;
    case 'set':
      return `new Set([${value.items.map(render).join(', ')}])`;
    case 'date':
      return `new Date(${JSON.stringify(value.v)})`;
    case 'regexp':
      return `/${value.source}/${value.flags}`;
    case 'function':
      return value.name ? `[function ${value.name}]` : '[function]';
    case 'error':
      return `${value.name}: ${value.message}`;
    case 'promise':
      return 'Promise { … }';
    case 'getter':
      return '[getter]';
    case 'cycle':
      return '[circular]';
    case 'truncated':
      return '…';
    case 'other':
      return `[${value.tag}]`;
  }
}
