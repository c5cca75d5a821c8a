// The embedded database's own thread: PGlite runs PostgreSQL as WebAssembly synchronously, so in the server's main
// thread every statement would stop the event loop (health checks, every other request) for as long as it runs.
import { parentPort, workerData } from 'node:worker_threads';
import { servePglite, type ServePgliteOptions, type ServedPglite } from './serve-pglite';

export type WorkerReply = { kind: 'ready'; port: number } | { kind: 'failed'; message: string } | { kind: 'stopped' };

let served: ServedPglite | undefined;
const reply = (message: WorkerReply) => parentPort!.postMessage(message);

servePglite(workerData as ServePgliteOptions).then(
  (s) => {
    served = s;
    reply({ kind: 'ready', port: s.port });
  },
  (e: Error) => reply({ kind: 'failed', message: e.message }),
);

parentPort!.on('message', (message: 'stop') => {
  if (message !== 'stop') return;
  void (served?.stop() ?? Promise.resolve()).finally(() => reply({ kind: 'stopped' }));
});
