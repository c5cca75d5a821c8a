// What one upload may be: files, bytes per file (CTI_MAX_UPLOAD_BYTES); rows are limited by the importer (CTI_MAX_IMPORT_ROWS).
export const MAX_UPLOAD_BYTES = Number(process.env.CTI_MAX_UPLOAD_BYTES ?? 50 * 1024 * 1024);
export const MAX_FILES = 10;
