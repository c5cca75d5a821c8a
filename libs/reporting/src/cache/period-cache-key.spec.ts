// The start-date period is part of a report's cache key: two periods are two reports, the same period one.
import { resolveReportOptions } from '@cti/analytics';
import { stableKey } from './computation-cache';

const key = (options: Parameters<typeof resolveReportOptions>[0]) => stableKey({ kind: 'report', evaluation: 'default', dataVersion: 1, options: resolveReportOptions(options) });

describe('the report cache key and the period of start dates', () => {
  it('tells periods apart, and an open period from none', () => {
    const none = key({});
    const y2015 = key({ startFrom: '2015-01-01', startTo: '2015-12-31' });
    expect(new Set([none, y2015, key({ startFrom: '2015-01-01' }), key({ startTo: '2015-12-31' }), key({ startFrom: '2016-01-01', startTo: '2016-12-31' })]).size).toBe(5);
    expect(key({ startTo: '2015-12-31', startFrom: '2015-01-01', targetGroup: undefined })).toBe(y2015);
    expect(key({ startFrom: undefined })).toBe(none);
  });
});
