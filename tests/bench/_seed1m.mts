import { mkdirSync } from 'node:fs';
import { seedBoard } from './seed.js';
mkdirSync('/tmp/bench1m', { recursive: true });
const t = Date.now();
const path = await seedBoard('/tmp/bench1m', 'Bench 1M', 1_000_000);
console.log(path, (Date.now() - t) / 1000, 's');
