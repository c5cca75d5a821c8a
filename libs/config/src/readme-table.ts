import { SETTINGS } from './settings';

type Described = { desc?: string; default?: unknown };

function shownDefault(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'number' && value >= 1024 * 1024 && value % (1024 * 1024) === 0) return `${value / 1024 / 1024} MiB`;
  if (typeof value === 'number') return value >= 10_000 ? value.toLocaleString('en-US') : String(value);
  return `\`${String(value)}\``;
}

/** README's configuration table, as it must read: generated from SETTINGS (a test compares the two). */
export function configurationTable(): string {
  const rows = Object.entries(SETTINGS).map(([name, spec]) => {
    const { desc, default: value } = spec as unknown as Described;
    return `| \`${name}\` | ${shownDefault(value)} | ${desc ?? ''} |`;
  });
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
