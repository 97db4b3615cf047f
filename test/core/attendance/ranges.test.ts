// Row numbers as typed from the paper.
import { describe, expect, it } from 'vitest';
import { describeNumbers, parseRowNumbers } from '../../../electron/core/attendance/ranges';
import { UserError } from '../../../electron/core/errors';

function refusal(text: string, last: number): UserError {
  try {
    parseRowNumbers(text, last);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error(`"${text}" was accepted`);
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('parseRowNumbers', () => {
  it('reads ranges and single numbers with commas, semicolons and spaces', () => {
    expect(parseRowNumbers('1-25, 27, 30-41', 50)).toEqual([...range(1, 25), 27, ...range(30, 41)]);
    expect(parseRowNumbers(' 1 - 3 ;5;  7 – 8 9 ', 10)).toEqual([1, 2, 3, 5, 7, 8, 9]);
    expect(parseRowNumbers('4', 4)).toEqual([4]);
  });

  it('counts overlaps once and reads a reversed range forwards', () => {
    expect(parseRowNumbers('1-10, 5-12, 3', 20)).toEqual(range(1, 12));
    expect(parseRowNumbers('30-25', 40)).toEqual(range(25, 30));
  });

  it('refuses numbers past the last person and names them', () => {
    const e = refusal('1-3, 239-243, 250', 240);
    expect(e.code).toBe('attendance-rows-past-end');
    expect(e.message).toContain('241–243, 250');
    expect(e.message).toContain('240');
    expect(refusal('5, 6', 5).message).toContain('Nomor 6 tidak ada');
  });

  it('refuses what is not a number, row 0 and an empty text', () => {
    expect(refusal('1-5, abc', 10)).toMatchObject({ code: 'attendance-rows-unreadable', message: expect.stringContaining('"abc"') as string });
    expect(refusal('1--5', 10).code).toBe('attendance-rows-unreadable');
    expect(refusal('0-3', 10).code).toBe('attendance-rows-zero');
    expect(refusal(' ,; ', 10).code).toBe('attendance-rows-empty');
  });

  it('writes numbers back as ranges', () => {
    expect(describeNumbers([9, 1, 2, 3, 7, 10, 11, 12, 14, 15])).toBe('1–3, 7, 9–12, 14, 15');
  });
});
