import type { INestApplicationContext, Type } from '@nestjs/common';

/**
 * One Nest context for the tests of the enclosing describe block: opened before them (`open`, e.g. openCohortContext)
 * and closed after them. Call it in the block's body; `get` reads a service of the context in a hook or a test.
 */
export function contextForBlock(open: () => Promise<INestApplicationContext>): { get<T>(type: Type<T>): T } {
  let ctx: INestApplicationContext | undefined;
  beforeAll(async () => {
    ctx = await open();
  });
  afterAll(async () => ctx?.close());
  return {
    get<T>(type: Type<T>): T {
      if (!ctx) throw new Error('the context is opened in beforeAll: read it in a hook or a test');
      return ctx.get(type);
    },
  };
}
