// Upload for evaluators: choose or drop a zip or xlsx, see the upload progress, get a dry run first (the problems as a
// sortable table, downloadable as CSV, or the counts of what would change), and "Importér" only when it is clean.
import { errorFrom, type ApiError } from '../api/client';
import type { paths } from '../api/schema';
import { accessToken } from '../api/session';
import { int, t } from '../i18n/i18n';
import { forgetReports, loadEvaluations } from '../state/report-loader';
import { h } from '../ui/dom';
import { table } from '../ui/table';
import { analysisSettingsSection } from './analysis-settings';
import type { Page } from './page';

const IMPORTS: keyof paths = '/api/imports';

interface Problem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}
interface ImportResult {
  outcome: 'imported' | 'unchanged' | 'rejected';
  /** "file:row:column: message" (libs/domain formatLocatedError). */
  errors?: string[];
  counts?: Record<string, { inBundle: number; inserted: number; updated: number; deleted: number; unchanged: number }>;
}

/** Splits "courses.csv:12:start_date: message" into its parts (the location has no ': ' inside). */
export function problemOf(line: string): Problem {
  const at = line.indexOf(': ');
  const [file, row, column] = (at < 0 ? '' : line.slice(0, at)).split(':');
  return { file: file ?? '', row: row && /^\d+$/.test(row) ? Number(row) : null, column: column || null, message: at < 0 ? line : line.slice(at + 2) };
}

/** POST /api/imports by XMLHttpRequest, which (unlike fetch) reports upload progress. */
function send(file: File, evaluation: string, dryRun: boolean, onProgress: (share: number) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('files', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${IMPORTS}?${new URLSearchParams({ evaluation, dryRun: String(dryRun) })}`);
    xhr.setRequestHeader('Authorization', `Bearer ${accessToken()}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(errorFrom(0, {}));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = { message: xhr.statusText };
      }
      if (xhr.status === 200 || xhr.status === 422) resolve(json as ImportResult);
      else reject(errorFrom(xhr.status, json));
    };
    xhr.send(form);
  });
}

function countsTable(result: ImportResult): HTMLElement {
  const rows = Object.entries(result.counts ?? {}).map(([tableName, c]) => ({ tableName, ...c }));
  return table([
    { title: t.upload.table, value: (r: (typeof rows)[number]) => r.tableName },
    { title: t.upload.inserted, value: (r) => r.inserted, digits: 0, numeric: true },
    { title: t.upload.updated, value: (r) => r.updated, digits: 0, numeric: true },
    { title: t.upload.unchangedCol, value: (r) => r.unchanged, digits: 0, numeric: true },
    { title: t.upload.deleted, value: (r) => r.deleted, digits: 0, numeric: true },
  ], rows, { caption: t.upload.clean, csvName: 'import-counts' });
}

export const uploadPage: Page = {
  id: 'upload',
  roles: ['evaluator'],
  inNav: true,
  title: () => t.nav.upload,
  async render(ctx) {
    let file: File | null = null;
    const input = h('input', { type: 'file', name: 'bundle', id: 'bundle', accept: '.zip,.xlsx', class: 'visually-hidden' });
    const chosen = h('span', { class: 'muted', id: 'chosen-file' });
    const zone = h('label', { class: 'drop-zone', for: 'bundle' }, h('strong', {}, t.upload.drop), chosen);
    const evaluation = h('input', { name: 'evaluation', value: ctx.view.params.get('evaluation') ?? 'default', pattern: '[a-z0-9\\-]{1,63}', required: true });
    const status = h('div', { id: 'upload-status', role: 'status', 'aria-live': 'polite' });
    const result = h('div', { id: 'upload-result' });
    const importButton = h('button', { type: 'button', id: 'import', hidden: true }, t.upload.import);
    const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': t.upload.progress({ pct: 0 }) });
    const choose = (f: File | undefined | null) => {
      file = f ?? null;
      chosen.textContent = file ? `${file.name} (${int(file.size / 1024)} kB)` : '';
      importButton.hidden = true;
      result.replaceChildren();
    };
    input.addEventListener('change', () => choose(input.files?.[0]));
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); choose(e.dataTransfer?.files[0]); });

    async function run(dryRun: boolean) {
      if (!file) {
        status.replaceChildren(h('p', { class: 'error' }, t.upload.noFile));
        return;
      }
      progress.hidden = false;
      importButton.hidden = true;
      status.replaceChildren(t.upload.checking);
      try {
        const answer = await send(file, evaluation.value, dryRun, (share) => {
          progress.value = share;
          status.textContent = share < 1 ? t.upload.progress({ pct: Math.round(share * 100) }) : t.upload.checking;
        });
        progress.hidden = true;
        if (answer.outcome === 'rejected') {
          const problems = (answer.errors ?? []).map(problemOf);
          status.replaceChildren(h('p', { class: 'error' }, t.upload.rejected({ n: problems.length })));
          result.replaceChildren(table([
            { title: t.upload.file, value: (p: Problem) => p.file },
            { title: t.upload.row, value: (p) => p.row, digits: 0, numeric: true },
            { title: t.upload.column, value: (p) => p.column },
            { title: t.upload.message, value: (p) => p.message },
          ], problems, { caption: t.upload.rejected({ n: problems.length }), csvName: 'import-errors' }));
          return;
        }
        if (dryRun) {
          status.replaceChildren(h('p', { class: 'ok' }, t.upload.clean));
          result.replaceChildren(countsTable(answer));
          importButton.hidden = false;
        } else {
          forgetReports();
          await loadEvaluations(undefined, true);
          status.replaceChildren(h('p', { class: 'ok', id: 'imported' }, answer.outcome === 'unchanged' ? t.upload.unchanged : t.upload.imported));
          result.replaceChildren(countsTable(answer));
        }
      } catch (error) {
        progress.hidden = true;
        status.replaceChildren(h('p', { class: 'error' }, (error as ApiError).message));
      }
    }
    importButton.addEventListener('click', () => void run(false));
    const form = h('form', { id: 'upload-form', class: 'stack' }, zone, input, h('label', {}, t.upload.evaluation, evaluation), h('div', { class: 'row' }, h('button', { type: 'submit' }, t.upload.check), importButton), progress, status);
    form.addEventListener('submit', (e) => { e.preventDefault(); void run(true); });
    ctx.main.replaceChildren(h('h1', {}, t.upload.title), h('p', {}, t.upload.help), form, result, analysisSettingsSection(evaluation.value, ctx.signal));
  },
};
