import { createServer, type Server, type Socket } from 'node:net';
import { SessionQueue, type EmbeddedSession, type SessionState } from './session-queue';
import { passwordGate } from './password-gate';
import { fatalError } from './wire-messages';

/** pglite-socket's connection handler (message framing, SSL and cancel requests); loaded by the caller (ESM-only). */
export interface SocketHandlerClass {
  new (options: { queryQueue: never; closeOnDetach: boolean }): SocketHandler;
}
interface SocketHandler extends EventTarget {
  readonly handlerId: number;
  attach(socket: Socket): Promise<unknown>;
  detach(close?: boolean): Promise<unknown>;
}

export interface EmbeddedSocketServerOptions {
  host: string;
  port: number;
  maxConnections: number;
  idleHoldMs: number;
  /** Every connection must give it before PGlite sees the connection. */
  password: string;
}

/**
 * Serves PGlite on a loopback port to any number of `pg` connections, each message through one SessionQueue: the
 * wire framing is pglite-socket's handler, the scheduling of the one session is ours.
 */
export class EmbeddedSocketServer {
  private server: Server | null = null;
  private readonly sockets = new Map<number, Socket>();
  private readonly handlers = new Set<SocketHandler>();
  private readonly queue: SessionQueue;

  constructor(
    db: EmbeddedSession,
    private readonly Handler: SocketHandlerClass,
    private readonly options: EmbeddedSocketServerOptions,
  ) {
    this.queue = new SessionQueue(db, { idleHoldMs: options.idleHoldMs, terminate: (id, reason) => this.terminate(id, reason) });
  }

  state(): SessionState {
    return this.queue.state();
  }

  async start(): Promise<number> {
    const server = createServer((socket) => void this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    const address = server.address();
    if (!address || typeof address !== 'object') throw new Error('embedded database: no port');
    return address.port;
  }

  async stop(): Promise<void> {
    for (const handler of this.handlers) await handler.detach(true).catch(() => undefined);
    this.handlers.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async accept(socket: Socket): Promise<void> {
    socket.on('error', () => socket.destroy());
    if (this.handlers.size >= this.options.maxConnections) {
      socket.end(fatalError('53300', `sorry, too many clients already (the embedded database admits ${this.options.maxConnections})`));
      return;
    }
    const startup = await passwordGate(socket, this.options.password);
    if (!startup) return;
    // PGlite's handler answers the start-up as if it had just arrived; the client has already given its password.
    socket.unshift(startup);
    const handler = new this.Handler({ queryQueue: this.queue as never, closeOnDetach: true });
    this.handlers.add(handler);
    this.sockets.set(handler.handlerId, socket);
    const forget = () => {
      this.handlers.delete(handler);
      this.sockets.delete(handler.handlerId);
    };
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
    socket.resume(); // the gate paused the socket; the handler's listener is in place now (attach adds it at once)
  }

  private terminate(handlerId: number, reason: string): void {
    const socket = this.sockets.get(handlerId);
    if (!socket) return;
    socket.end(fatalError('25P03', reason));
    setTimeout(() => socket.destroy(), 100).unref();
  }
}
