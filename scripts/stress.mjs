// Runs the test suite while every core is kept busy, the way a shared 2-core machine or a loaded CI
// runner is: a test that only passes on a quiet machine fails here.
//
//   npm run test:stress                 the whole `npm test` once, under load
//   npm run test:stress -- --runs 3     three times in a row, stopping at the first failure
//   npm run test:stress -- --only test:browser   npm scripts instead of `test` (comma-separated: typecheck,test:node)
//   npm run test:stress -- --burners 4  that many burners (default: one per core)
//
// Exits with the suite's exit code (the first failing run's).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    only: { type: 'string', default: 'test' },
    burners: { type: 'string', default: String(availableParallelism()) },
  },
});
const runs = Math.max(1, Number(values.runs) || 1);
const scripts = values.only.split(',').map((name) => name.trim()).filter(Boolean);
const command = scripts.map((name) => `npm run ${name}`).join(' && ');
const burnerCount = Math.max(0, Number(values.burners) || 0);

/** A thread that spins until it is terminated: one core's worth of load. */
const BURNER = `
  let x = 0;
  for (;;) x = (x * 1103515245 + 12345) % 2147483648;
`;

const burners = Array.from({ length: burnerCount }, () => new Worker(BURNER, { eval: true }));
const stopBurners = () => Promise.all(burners.splice(0).map((worker) => worker.terminate()));

/** Runs `npm run <script>` with the terminal's output; resolves to its exit code. */
function runScript(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit', shell: process.platform === 'win32' });
    const forward = (signal) => child.kill(signal);
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

console.log(`stress: ${burnerCount} CPU burner thread(s) on ${availableParallelism()} core(s); \`${command}\` ${runs} time(s), stopping at the first failure`);
let code = 0;
const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    console.log(`\nstress: run ${run} of ${runs}: ${command}, every core busy`);
    const started = Date.now();
    for (const script of scripts) if ((code = await runScript(script)) !== 0) break;
    const took = Date.now() - started;
    results.push(`run ${run}: ${code === 0 ? 'passed' : `failed (exit code ${code})`} in ${seconds(took)}`);
    console.log(`\nstress: ${results.at(-1)}`);
    if (code !== 0) break;
  }
} finally {
  await stopBurners();
}
console.log(`\nstress: burners stopped. ${results.join('; ')}`);
console.log(code === 0 ? `stress: the suite passed ${runs} time(s) in a row under load` : 'stress: the suite failed under load');
process.exit(code);
