import { timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import { fatalError } from './wire-messages';

// https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-FLOW-START-UP
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const PASSWORD_MESSAGE = 0x70; // 'p'
const MAX_STARTUP_BYTES = 10_000;

/** AuthenticationCleartextPassword: the server asks for the password (loopback only, never over a network). */
const ASK_PASSWORD = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Reads a connection's start-up and asks for the password before PGlite sees anything, so only the platform (which
 * keeps the password in its data directory, readable by its own OS user) can connect. Resolves with the start-up
 * message to hand on, or null when the connection was refused and closed.
 */
export function passwordGate(socket: Socket, password: string): Promise<Buffer | null> {
  return new Promise((resolve) => {
    let buffered = Buffer.alloc(0);
    let startup: Buffer | null = null;
    const refuse = (code: string, message: string) => {
      socket.off('data', onData);
      socket.end(fatalError(code, message));
      resolve(null);
    };
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length > MAX_STARTUP_BYTES) return refuse('08P01', 'start-up message too long');
      for (;;) {
        if (!startup) {
          if (buffered.length < 8) return;
          const length = buffered.readInt32BE(0);
          if (buffered.length < length) return;
          const code = buffered.readInt32BE(4);
          const message = buffered.subarray(0, length);
          buffered = buffered.subarray(length);
          if (code === SSL_REQUEST || code === GSS_REQUEST) {
            socket.write('N'); // no encryption on the loopback socket; the client goes on in plain text
            continue;
          }
          startup = Buffer.from(message);
          socket.write(ASK_PASSWORD);
          continue;
        }
        if (buffered.length < 5) return;
        const length = buffered.readInt32BE(1) + 1;
        if (buffered.length < length) return;
        if (buffered[0] !== PASSWORD_MESSAGE) return refuse('08P01', 'expected a password message');
        const given = buffered.subarray(5, length - 1).toString('utf8');
        const rest = buffered.subarray(length);
        if (!sameSecret(given, password)) return refuse('28P01', 'password authentication failed for the embedded database');
        socket.off('data', onData);
        socket.pause();
        if (rest.length > 0) socket.unshift(rest);
        resolve(startup);
        return;
      }
    };
    socket.on('data', onData);
  });
}
