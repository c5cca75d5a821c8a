import { addDays, addMonths, calendarSpan, daysBetween, isIsoDate } from './calendar-date';
import { calendarDateOf } from './copenhagen-today';
import { todayOf } from './clock';
import { DEFAULT_FIDELITY_NORMS } from '../method/fidelity-norms';
import { phaseSchedule } from '../method/phase-schedule';

describe('calendar months', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'], // month end: the target month lacks the 31st
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2024-02-29', 12, '2025-02-28'], // 29 February a year on
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-08-31', 3, '2025-11-30'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'], // across the year
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it('adds days across month, year and leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 14)).toBe('2026-01-14');
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2025-03-01', '2025-02-01')).toBe(-28);
    // 30 March 2025 is the DST change in Copenhagen; a calendar day is still one day
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });

  it('measures spans in calendar months, then days', () => {
    expect(calendarSpan('2025-01-10', '2025-06-10')).toEqual({ months: 5, days: 0 });
    expect(calendarSpan('2025-01-31', '2025-04-30')).toEqual({ months: 3, days: 0 });
    expect(calendarSpan('2024-01-31', '2024-03-01')).toEqual({ months: 1, days: 1 }); // 29 Feb, then 1 day
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('29-02-2024')).toBe(false);
    expect(() => addMonths('2025-13-01', 1)).toThrow(RangeError);
  });
});

describe('the phase schedule counts every date from the transition', () => {
  it('a course starting 30 November: 28 February, 30 May, 30 August; handover by 30 July', () => {
    expect(phaseSchedule('2025-11-30', DEFAULT_FIDELITY_NORMS)).toEqual({ phase2Due: '2026-02-28', phase3Due: '2026-05-30', endDue: '2026-08-30', handoverDue: '2026-07-30' });
  });
  it('a course starting 31 May 2023 ends on leap day 2024', () => {
    expect(phaseSchedule('2023-05-31', DEFAULT_FIDELITY_NORMS)).toEqual({ phase2Due: '2023-08-31', phase3Due: '2023-11-30', endDue: '2024-02-29', handoverDue: '2024-01-31' });
  });
});

describe('today in Copenhagen', () => {
  it.each([
    ['2025-03-29T23:30:00Z', '2025-03-30'], // winter time, UTC+1
    ['2025-03-30T21:59:00Z', '2025-03-30'], // after the spring change, UTC+2
    ['2025-03-30T22:00:00Z', '2025-03-31'],
    ['2025-10-25T22:30:00Z', '2025-10-26'], // still summer time on the night of the autumn change
    ['2025-10-26T22:59:00Z', '2025-10-26'], // winter time again, UTC+1
    ['2025-10-26T23:00:00Z', '2025-10-27'],
    ['2024-12-31T23:00:00Z', '2025-01-01'], // New Year comes an hour before UTC's
    ['2024-02-28T23:30:00Z', '2024-02-29'],
  ])('%s is %s', (instant, date) => expect(calendarDateOf(new Date(instant))).toBe(date));

  it('reads the clock it is given', () => {
    expect(todayOf({ now: () => new Date('2026-06-30T22:15:00Z') })).toBe('2026-07-01');
  });
});
