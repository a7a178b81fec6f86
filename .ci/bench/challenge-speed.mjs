// How long the proof-of-work puzzle takes the browser's worker
// (public/challenge-worker.js), run here in Node's V8 on the same code:
// `node .ci/bench/challenge-speed.mjs [SOLVES]`. Prints, for each
// difficulty, the mean time and tries of SOLVES puzzles (keys drawn as the
// server draws them), and checks each solution with Node's own SHA-256.
import { readFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';

const source = readFileSync(new URL('../../public/challenge-worker.js', import.meta.url), 'utf8');
const solve = new Function('self', `${source}; return solve;`)({});
const solves = Number(process.argv[2] ?? 20);

function leadingZeroBits(hex) {
  let bits = 0;
  for (const digit of hex) {
    const value = parseInt(digit, 16);
    if (value === 0) { bits += 4; continue; }
    return bits + Math.clz32(value) - 28;
  }
  return bits;
}

console.log('bits | mean ms | slowest ms | mean tries | million tries/s');
for (const bits of [16, 18, 20, 22]) {
  let tries = 0, elapsed = 0, slowest = 0;
  for (let i = 0; i < solves; i++) {
    const text = `tailspin-challenge-1/adatum/customer-satisfaction/${randomUUID()}/`;
    const started = performance.now();
    const solution = solve(text, bits);
    const took = performance.now() - started;
    const digest = createHash('sha256').update(text + solution).digest('hex');
    if (leadingZeroBits(digest) < bits) throw new Error(`wrong solution ${solution} for ${text}`);
    tries += Number(solution) + 1;
    elapsed += took;
    slowest = Math.max(slowest, took);
  }
  console.log(
    `${bits} | ${Math.round(elapsed / solves)} | ${Math.round(slowest)} | ${Math.round(tries / solves)} | ${(tries / elapsed / 1000).toFixed(2)}`,
  );
}
