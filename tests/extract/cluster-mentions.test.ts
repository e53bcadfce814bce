/**
 * Mentions of clusters and blocks, and the folded key that identifies a cluster however it is written.
 */
import { describe, expect, it } from 'vitest';
import { clusterKeyMatches, clusterKeyOf, findClusterMentions } from '../../src/extract/cluster-mentions.ts';

const first = (text: string) => findClusterMentions(text)[0];

describe('findClusterMentions', () => {
  it('the same key however the cluster is written', () => {
    const keys = [
      'Cụm thi đua các tỉnh Miền núi biên giới phía Bắc năm 2023',
      'Cụm thi đua MTTQ các tỉnh miền núi biên giới phía Bắc',
      'Cụm thi đua Mặt trận các tỉnh Miền núi biên giới phía Bắc',
    ].map((t) => first(t)?.key);
    expect(keys).toEqual(['nui bien gioi phia bac', 'nui bien gioi phia bac', 'nui bien gioi phia bac']);
  });

  it('the surface ends before the year and before "(gồm"', () => {
    expect(first('Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu năm 2023')?.surface).toBe(
      'Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu',
    );
    expect(first('Hội nghị giao ban Cụm thi đua Nam Sông Hậu (gồm 6 tỉnh')?.surface).toBe(
      'Cụm thi đua Nam Sông Hậu',
    );
  });

  it('Bắc and Nam Sông Hậu are different clusters', () => {
    expect(first('Cụm thi đua các tỉnh Bắc sông Hậu')?.key).toBe('bac song hau');
    expect(first('Cụm thi đua Nam Sông Hậu')?.key).toBe('nam song hau');
  });

  it('numbered clusters: "số 01", "số II", "cụm II" are numbered keys', () => {
    expect(first('cụm thi đua số 1')).toMatchObject({ key: 'so 1', numbered: true });
    expect(first('Cụm thi đua số II, gồm 5 đơn vị')).toMatchObject({ key: 'so 2', numbered: true });
    expect(first('ký kết giao ước thi đua cụm II của tỉnh')).toMatchObject({
      key: 'so 2',
      surface: 'cụm II',
    });
  });

  it('"Khối thi đua" is a block; "khối đại đoàn kết" is no cluster', () => {
    expect(first('Khối thi đua Mặt trận các xã, thị trấn trên địa bàn')?.block).toBe(true);
    expect(findClusterMentions('củng cố khối đại đoàn kết toàn dân')).toEqual([]);
  });

  it('a bare "Cụm" inside a sentence is a mention without a key', () => {
    expect(first('MTTQ các tỉnh trong Cụm tiếp tục triển khai')).toMatchObject({ key: '', surface: 'Cụm' });
  });

  it('"Cụm thi đua số 01 – Hệ thống thi đua …": the name does not end in half a word', () => {
    const m = first('Cụm thi đua số 01 – Hệ thống thi đua Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố');
    expect(m?.surface).not.toMatch(/Hệ$/);
  });
});

describe('clusterKeyOf', () => {
  it('from a question, with or without diacritics and "cụm"', () => {
    expect(clusterKeyOf('cum mien nui bien gioi phia bac')).toBe('nui bien gioi phia bac');
    expect(clusterKeyOf('miền núi biên giới phía Bắc')).toBe('nui bien gioi phia bac');
  });

  it('"số II" = "số 2" = "số 02"', () => {
    expect(clusterKeyOf('số II')).toBe('so 2');
    expect(clusterKeyOf('cụm số 2')).toBe('so 2');
    expect(clusterKeyOf('cum thi dua so 02')).toBe('so 2');
  });
});

describe('clusterKeyMatches', () => {
  it('every word of the question key must be in the fact key', () => {
    expect(clusterKeyMatches('song hau', 'bac song hau')).toBe(true);
    expect(clusterKeyMatches('nam song hau', 'bac song hau')).toBe(false);
    expect(clusterKeyMatches('', 'tay nguyen')).toBe(true);
  });
});
