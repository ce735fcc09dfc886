import { describe, expect, it } from 'vitest';
import { SortedEntries, type IndexEntry } from '../../server/mongo-embedded/engine/sorted-entries';

const compare = (a: IndexEntry, b: IndexEntry): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

describe('SortedEntries', () => {
  it('stays ordered like a sorted array through random inserts and removals', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const entries = new SortedEntries();
    let model: IndexEntry[] = [];
    for (let step = 0; step < 20_000; step++) {
      const entry = { key: `k${String(random(3000)).padStart(4, '0')}`, id: `i${random(5)}` };
      const present = model.some((e) => compare(e, entry) === 0);
      if (random(3) === 0 || present) {
        expect(entries.remove(entry.key, entry.id)).toBe(present);
        model = model.filter((e) => compare(e, entry) !== 0);
      } else {
        entries.insert(entry);
        model.push(entry);
      }
    }
    model.sort(compare);
    expect(entries.size).toBe(model.length);
    expect([...entries.from('')]).toEqual(model);
    const fromMiddle = [...entries.from('k1500')];
    expect(fromMiddle).toEqual(model.filter((e) => e.key >= 'k1500'));
    const bulk = SortedEntries.from([...model].reverse());
    expect([...bulk.from('')]).toEqual(model);
    expect(bulk.remove(model[0]!.key, model[0]!.id)).toBe(true);
    expect(bulk.size).toBe(model.length - 1);
    const copy = entries.clone();
    copy.insert({ key: 'zzz', id: 'x' });
    expect(entries.size).toBe(model.length);
    expect(copy.size).toBe(model.length + 1);
  });
});
