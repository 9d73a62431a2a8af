import { clip, hashLengthIssue, normalisedHash } from './aos-deliverables';

describe('AOS deliverable helpers', () => {
  it('takes a hash only as long as its algorithm makes it, naming the field', () => {
    expect(hashLengthIssue('SHA-256', 'a'.repeat(64), 'items[0].image.hash.value')).toBeUndefined();
    expect(hashLengthIssue('MD5', 'a'.repeat(32), 'x')).toBeUndefined();
    expect(hashLengthIssue('SHA-256', 'a'.repeat(40), 'items[0].image.hash.value')).toEqual({ field: 'items[0].image.hash.value', reason: 'must be 64 hexadecimal digits for SHA-256' });
    expect(hashLengthIssue('SHA-1', 'a'.repeat(64), 'x')).toEqual({ field: 'x', reason: 'must be 40 hexadecimal digits for SHA-1' });
  });

  it('compares hashes in one case', () => {
    expect(normalisedHash('D41D8CD98F00B204E9800998ECF8427E')).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });

  it('clips text without leaving half a surrogate pair', () => {
    expect(clip('証拠品', 10)).toBe('証拠品');
    expect(clip('abc𠮷def', 4)).toBe('abc');
    expect(clip('abc𠮷def', 5)).toBe('abc𠮷');
    expect(clip('abcdef', 4)).toBe('abcd');
  });
});
