import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/text/shorten.ts';

describe('shorten', () => {
  it('keeps text that fits', () => {
    expect(shorten('Cụm thi đua', 11)).toBe('Cụm thi đua');
    expect(shorten('', 5)).toBe('');
  });

  it('cuts at the last word boundary, never inside a word, and ends with an ellipsis', () => {
    const title = 'Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi đua Mặt trận các tỉnh Miền núi';
    const short = shorten(title, 60);
    expect(Array.from(short).length).toBeLessThanOrEqual(60);
    expect(short).toBe('Phó Chủ tịch Hoàng Công Thủy dự Hội nghị tổng kết Cụm thi…');
    expect(shorten('138 người đủ tiêu chuẩn ứng cử đại biểu', 32)).toBe('138 người đủ tiêu chuẩn ứng cử…');
    expect(shorten('Cụm thi đua', 5)).toBe('Cụm…');
  });

  it('keeps a word that ends exactly at the limit', () => {
    expect(shorten('Cụm thi đua số 1', 12)).toBe('Cụm thi đua…');
  });

  it('drops punctuation left dangling by the cut', () => {
    expect(shorten('Bạc Liêu, Cà Mau, An Giang', 12)).toBe('Bạc Liêu…');
    expect(shorten('Hội nghị giao ban – Cụm Nam Sông Hậu', 20)).toBe('Hội nghị giao ban…');
  });

  it('counts code points, so emoji and composed letters are never split', () => {
    expect(shorten('📄📄📄 nguồn trích dẫn', 6)).toBe('📄📄📄…');
  });

  it('cuts a single word longer than the limit (a link) as the last resort', () => {
    expect(shorten('https://example.org/very/long/path', 10)).toBe('https://e…');
  });
});
