import { looksLikeCpr } from './cpr';

describe('looksLikeCpr', () => {
  it.each(['0101701234', '010170-1234', '290200-1234', '311299-0001'])('flags %s', (v) => expect(looksLikeCpr(v)).toBe(true));
  it.each(['P17bd8424', '3201701234', '0113701234', '310470-1234', '000170-1234', '01017012345', 'K219-00001', '290201-1234'])('lets %s through', (v) =>
    expect(looksLikeCpr(v)).toBe(false),
  );
});
