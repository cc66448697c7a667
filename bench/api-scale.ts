// API latency at scale on either dialect (issue #11: one million incidents, cold and warm, size on disk).
// Usage: node dist/bench/api-scale.js [--incidents N] [--runs N] [--db postgres://… (an empty database)]
import { formatApiBench, runApiBench } from './api.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const incidents = Number(arg('--incidents') ?? 1_000_000);
const runs = Number(arg('--runs') ?? 100);
console.log(formatApiBench(await runApiBench(incidents, runs, arg('--db'))));
