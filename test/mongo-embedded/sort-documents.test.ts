import { describe, expect, it } from 'vitest';
import { sortDocuments } from '../../server/mongo-embedded/query/sort';

const docs = Array.from({ length: 300 }, (_, n) => ({
  n,
  a: (n * 7919) % 11,
  b: n % 3 === 0 ? undefined : [(n * 31) % 5, (n * 17) % 7],
}));

describe('sortDocuments', () => {
  it('keeps ties in their order and, with a number to keep, returns the start of the full sort', () => {
    for (const spec of [{ a: 1 }, { a: -1 }, { b: 1, a: -1 }, { b: -1 }]) {
      const full = sortDocuments([...docs], spec);
      for (let i = 1; i < full.length; i++) {
        const [before, after] = [full[i - 1]!, full[i]!];
        // A stable sort swaps the pair only when it is strictly ordered; a tie keeps the input order.
        const tied = sortDocuments([after, before], spec)[0] === after;
        if (tied) expect(before.n).toBeLessThan(after.n);
      }
      for (const keep of [0, 1, 10, 299, 300, 400]) {
        expect(sortDocuments([...docs], spec, keep)).toEqual(full.slice(0, keep));
      }
    }
  });
});
