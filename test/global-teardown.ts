import type { EmbeddedPostgres } from '../libs/persistence/src/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = ((globalThis as Record<string, unknown>).__CTI_EMBEDDED__ ?? []) as EmbeddedPostgres[];
  for (const e of embedded) await e.stop();
}
