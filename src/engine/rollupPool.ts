// Offices of a roll-up read in worker threads, one office at a time per thread, as many threads
// as asked (the cli asks for the cores it may use). Each thread runs engine/rollupWorker.ts, which
// does for an office exactly what the run does in its own thread (`officeResult`), so the result
// does not depend on where an office was read; they come back in rollup.yaml's order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Fewer offices than this per thread are not worth a thread's start (~50 ms). */
const OFFICES_PER_THREAD = 8;

/** The results of the jobs, or undefined when they are better run in this thread: one thread
 *  asked for, few offices, or no compiled worker module (the sources run by the test runner). */
export async function inPool<J, R>(jobs: readonly J[], threads: number): Promise<R[] | undefined> {
  const n = Math.min(threads, Math.floor(jobs.length / OFFICES_PER_THREAD));
  const script = new URL('./rollupWorker.js', import.meta.url);
  if (n < 2 || !existsSync(fileURLToPath(script))) return undefined;
  const results: R[] = new Array<R>(jobs.length);
  const workers: Worker[] = [];
  let next = 0;
  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script);
      workers.push(worker);
      let done = false;
      const give = (): void => {
        if (next >= jobs.length) {
          done = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        const i = next++;
        worker.postMessage({ i, job: jobs[i] });
      };
      worker.on('message', (m: { i: number; result: R }) => {
        results[m.i] = m.result;
        give();
      });
      worker.on('error', reject);
      // A thread that ends before its work is done (out of memory …): a fault of the run.
      worker.on('exit', (code) => {
        if (!done) reject(new Error(`a roll-up worker thread ended with code ${code}`));
      });
      give();
    });
  try {
    await Promise.all(Array.from({ length: n }, runOne));
  } catch (e) {
    // One thread failed (a fault, not bad records: those are results): stop the others, so the
    // run ends with the fault instead of waiting on them.
    await Promise.all(workers.map((w) => w.terminate()));
    throw e;
  }
  return results;
}
