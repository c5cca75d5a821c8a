import type { INestApplicationContext } from '@nestjs/common';
import { ReportingModule } from '@cti/reporting';
import { openTestContext } from './cohort-context';

/** A Nest context with the cohort and reporting services on a freshly emptied test database. */
export const openReportingContext = (url: string): Promise<INestApplicationContext> => openTestContext(url, [ReportingModule]);
