import { findUnsafeCharacter, unsafeCharacterMessage } from './safe-text';

describe('safe text', () => {
  it.each([
    ['ESC', 'K1\u001b[31m', 'U+001B', 3, 'control character'],
    ['BEL', '\u0007K1', 'U+0007', 1, 'control character'],
    ['line feed', 'K\n1', 'U+000A', 2, 'control character'],
    ['carriage return', 'K\r1', 'U+000D', 2, 'control character'],
    ['tab', 'K\t1', 'U+0009', 2, 'control character'],
    ['DEL', 'K\u007f', 'U+007F', 2, 'control character'],
    ['C1 (CSI)', 'K\u009b1', 'U+009B', 2, 'control character'],
    ['right-to-left override', 'K1\u202Egpj.exe', 'U+202E', 3, 'bidirectional control'],
    ['left-to-right embedding', '\u202AK1', 'U+202A', 1, 'bidirectional control'],
    ['first strong isolate', 'K\u2068', 'U+2068', 2, 'bidirectional control'],
    ['pop directional isolate', 'K\u2069', 'U+2069', 2, 'bidirectional control'],
    ['zero-width space', 'K\u200B1', 'U+200B', 2, 'zero-width character'],
    ['zero-width joiner', 'K\u200D1', 'U+200D', 2, 'zero-width character'],
    ['word joiner', 'K\u20601', 'U+2060', 2, 'zero-width character'],
    ['byte-order mark inside', 'K\uFEFF1', 'U+FEFF', 2, 'zero-width character'],
  ])('refuses %s', (_name, text, codePoint, position, kind) => {
    expect(findUnsafeCharacter(text)).toEqual({ codePoint, position, kind });
  });

  it('accepts Danish letters, punctuation, emoji and formula-looking text (exports neutralise those)', () => {
    for (const text of ['Søren Ærø-Åby', 'P-0001', '=HYPERLINK("x")', '+45 12 34', 'smile 😀', 'a b.c_d', 'עברית']) expect(findUnsafeCharacter(text)).toBeNull();
  });

  it('says what and where', () => {
    expect(unsafeCharacterMessage(findUnsafeCharacter('ab\u202E')!)).toBe('holds a bidirectional control (U+202E) at character 3; ids and texts may not hold control, bidirectional or zero-width characters');
  });
});
