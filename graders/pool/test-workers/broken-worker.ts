// TEST FIXTURE, not production code: a worker that dies while loading, as one would with a missing module
// or a syntax error in the runner, so the pool's tests can check that queued jobs are not left waiting.
process.stderr.write('broken-worker: cannot load the runner\n');
process.exit(1);
