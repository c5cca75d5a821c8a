/** TypeORM hands the result of UPDATE/DELETE … RETURNING as [rows, affected]; other statements as rows. */
export function returningRows<T>(result: unknown): T[] {
  const list = result as unknown[];
  return (Array.isArray(list[0]) && typeof list[1] === 'number' ? list[0] : list) as T[];
}
