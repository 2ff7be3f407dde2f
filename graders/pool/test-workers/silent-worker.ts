// TEST FIXTURE, not production code: a worker that loads but never says `ready`, as one stuck in its
// warm-up would, so the pool's tests can check that the ready timeout gives up on it.
setInterval(() => {}, 60_000);
