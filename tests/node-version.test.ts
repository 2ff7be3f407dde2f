// The project targets Node 24 LTS (isolated-vm 7 and the type-stripping we rely on need it). The machines
// may carry an older system Node; npm scripts put node_modules/.bin first, and this test proves they did.
import { expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

it('runs the test suite on the Node major version the project targets', () => {
  const wanted = Number(/\d+/.exec(packageJson.engines.node)?.[0]);
  const running = Number(process.versions.node.split('.')[0]);
  expect(wanted).toBe(24);
  expect(
    running,
    `tests ran on Node ${process.versions.node}; use npm scripts so node_modules/.bin/node is used`,
  ).toBe(wanted);
});
