// A Danish CPR number is DDMMYY-NNNN (hyphen optional) whose first six digits are a date; such a value must never be stored.
const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?\d{4}$/;

export function looksLikeCpr(value: string): boolean {
  const match = CPR_PATTERN.exec(value.trim());
  if (!match) return false;
  const [day, month, yy] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Any century: 29 February is valid when some century makes the two-digit year a leap year (00 → 2000).
  const leap = yy % 4 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}
