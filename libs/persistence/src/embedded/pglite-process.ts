// The embedded database's own process: PGlite runs PostgreSQL as WebAssembly synchronously, so in the server's main
// thread every statement would stop the event loop (health checks, every other request) for as long as it runs; and
// its WASM heap (several hundred MB, it never shrinks) is kept out of the API process's memory.
import { servePglite, type ServePgliteOptions, type ServedPglite } from './serve-pglite';

export type ProcessReply = { kind: 'ready'; port: number } | { kind: 'failed'; message: string } | { kind: 'stopped' };
export type ProcessRequest = { kind: 'start'; options: ServePgliteOptions } | { kind: 'stop' };

let served: Promise<ServedPglite> | undefined;
const reply = (message: ProcessReply) => process.send?.(message);

async function stop(): Promise<void> {
  await (await served?.catch(() => undefined))?.stop();
}

process.on('message', (message: ProcessRequest) => {
  if (message.kind === 'start' && !served) {
    served = servePglite(message.options);
    served.then((s) => reply({ kind: 'ready', port: s.port }), (e: Error) => reply({ kind: 'failed', message: e.message }));
  } else if (message.kind === 'stop') {
    void stop().finally(() => {
      reply({ kind: 'stopped' });
      process.disconnect();
    });
  }
});

// The server went (ended or killed): close the database cleanly rather than linger holding the data directory.
process.on('disconnect', () => void stop().finally(() => process.exit(0)));
// Ctrl-C reaches the whole process group: the server stops its database itself (or its going ends it above), so the
// database is never cut off in the middle of a write.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => void stop().finally(() => process.exit(0)));
