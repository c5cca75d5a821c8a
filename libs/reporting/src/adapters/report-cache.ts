import { Injectable } from '@nestjs/common';
import { appConfig } from '@cti/config';
import { ComputationCache } from '../cache/computation-cache';

/** Default bound of the report cache: a national report with its bootstrap is a few MB, a demo report ~0.3 MB. */
export const DEFAULT_REPORT_CACHE_MB = 256;

/** CTI_REPORT_CACHE_MB: how much memory (approximately) cached reports and disclosure patterns may take. */
export function reportCacheBytes(megabytes: number = appConfig().CTI_REPORT_CACHE_MB): number {
  return Math.round(megabytes * 1024 * 1024);
}

/**
 * The process's one cache of computed reports (and of anything else computed once per evaluation, data version
 * and options, such as disclosure patterns): unsuppressed values, so suppression is applied per caller afterwards.
 */
@Injectable()
export class ReportCache extends ComputationCache {
  constructor() {
    super(reportCacheBytes());
  }
}
