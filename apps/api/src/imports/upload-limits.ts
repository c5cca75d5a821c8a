import { appConfig } from '@cti/config';
// What one upload may be: files, bytes per file (CTI_MAX_UPLOAD_BYTES); rows are limited by the importer (CTI_MAX_IMPORT_ROWS).
export const MAX_UPLOAD_BYTES = appConfig().CTI_MAX_UPLOAD_BYTES;
export const MAX_FILES = 10;
