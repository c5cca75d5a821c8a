// The five files of a bundle (cohort-format.md) and which are required.
export const BUNDLE_FILE_KINDS = ['courses', 'measurements', 'costs', 'contacts', 'focus_areas'] as const;
export type BundleFileKind = (typeof BUNDLE_FILE_KINDS)[number];
export const REQUIRED_FILE_KINDS: readonly BundleFileKind[] = ['courses', 'measurements'];

/** The kind a file or sheet name stands for (`Courses.csv`, `courses`), or null when it is none of the five. */
export function fileKindOf(name: string): BundleFileKind | null {
  const stem = name.trim().toLowerCase().replace(/\.csv$/, '');
  return BUNDLE_FILE_KINDS.find((kind) => kind === stem) ?? null;
}

export const EXPECTED_CSV_FILES = BUNDLE_FILE_KINDS.map((kind) => `${kind}.csv`).join(', ');
