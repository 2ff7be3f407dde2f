// The paced load's own process (bench/paced-load.ts): receives one plan, runs it, sends the result back.
// It asks for a higher priority than the server's, when the system allows it: the learners' browsers are
// on other machines, so the time the client waits for a core here is an error of the measure, not the
// server's latency. Without the permission it runs as it is, and its longest stall is reported anyway.
import { setPriority } from 'node:os';
import { type PacedPlan, runPacedPlan } from './paced-load.ts';

try {
  setPriority(-5);
} catch {
  // EACCES: an unprivileged user; measured as is.
}

process.once('message', async (plan: PacedPlan) => {
  const result = await runPacedPlan(plan);
  process.send?.(result, () => process.exit(0));
});
