// A worker thread of a roll-up (engine/rollupPool.ts): reads the offices it is given, one at a
// time, and sends back what each gave.
import { parentPort } from 'node:worker_threads';
import type { OfficeJob } from './rollupOffice.js';
import { officeResult } from './rollupOffice.js';

parentPort!.on('message', (m: { i: number; job: OfficeJob }) => {
  void officeResult(m.job).then((result) => parentPort!.postMessage({ i: m.i, result }));
});
