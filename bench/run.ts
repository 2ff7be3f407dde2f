// `npm run bench -- <name>`: runs one benchmark. Each compares against a baseline in the same run and
// prints its summary as the last line, since this machine is shared and absolute numbers drift.
const benches: Record<string, () => Promise<void>> = {
  codecast: async () => (await import('./codecast.ts')).benchCodecast(),
  grader: async () => (await import('./grader.ts')).benchGrader(),
  http: async () => (await import('./http.ts')).benchHttp(),
  'pool-round-trip': async () => (await import('./pool-round-trip.ts')).benchPoolRoundTrip(),
  web: async () => (await import('./web.ts')).benchWeb(),
};

const name = process.argv[2];
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exitCode = 2;
} else {
  await bench();
}
