/**
 * npm run bench:rollout — how long simulate() takes for 100 replicas × 300 ticks with traffic,
 * median of several runs per strategy. A measurement to print, not a timed test.
 */
import { simulate, type Scenario } from "../lib/rollout";

const RUNS = 15;
const base = {
  replicas: 100,
  ticks: 300,
  readyAfter: 2,
  terminateAfter: 1,
  traffic: { requestsPerTick: 100, seed: 42, headerShare: 0.05 },
};
const scenarios: Record<string, Scenario> = {
  RollingUpdate: { ...base, strategy: "RollingUpdate" },
  Recreate: { ...base, strategy: "Recreate" },
  BlueGreen: { ...base, strategy: "BlueGreen", events: [{ at: 10, type: "switch" }] },
  Canary: { ...base, strategy: "Canary", events: [{ at: 10, type: "promote" }] },
  "RollingUpdate (broken v2, undo)": { ...base, strategy: "RollingUpdate", newVersionHealthy: false, progressDeadline: 20, events: [{ at: 100, type: "rollback" }] },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

for (let i = 0; i < 5; i++) for (const s of Object.values(scenarios)) simulate(s); // warm-up (JIT)
console.log(`simulate(): 100 replicas × 300 ticks, 100 requests/tick, median of ${RUNS} runs`);
for (const [name, s] of Object.entries(scenarios)) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    simulate(s);
    times.push(performance.now() - t0);
  }
  console.log(`${name.padEnd(34)} ${median(times).toFixed(2)} ms`);
}
