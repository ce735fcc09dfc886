import { describe, expect, it } from 'vitest';
import { parse } from '../../../server/http/errors';
import { addItemBody } from '../../../server/http/api/agenda-items/schema';
import { listMeetingsQuery, createMeetingBody } from '../../../server/http/api/meetings/schema';
import { listPapersQuery } from '../../../server/http/api/papers/schema';
import { AppError } from '../../../server/http/errors';

/** The route schemas refuse operators on their own, without the app-wide operator guard. */
describe('route schemas against NoSQL operator injection', () => {
  const refused = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).fields?.map((f) => f.path) ?? [];
    }
    throw new Error('expected the schema to refuse the value');
  };

  it('refuses operator objects where ids, texts and booleans belong', () => {
    const start = '2021-03-01T10:00:00Z';
    expect(refused(() => parse(createMeetingBody, { organization: { $gt: '' }, start }, 'body'))).toEqual([
      'organization',
    ]);
    expect(
      refused(() =>
        parse(
          createMeetingBody,
          { organization: '0123456789abcdef01234567', start, name: { $ne: 1 } },
          'body',
        ),
      ),
    ).toEqual(['name']);
    expect(refused(() => parse(addItemBody, { name: 'x', public: { $exists: true } }, 'body'))).toEqual([
      'public',
    ]);
    expect(
      refused(() => parse(addItemBody, { name: 'x', public: true, $where: 'sleep(1)' }, 'body')),
    ).toEqual(['$where']);
  });

  it('refuses nested query values and unknown query keys', () => {
    expect(refused(() => parse(listMeetingsQuery, { organization: { $ne: 'x' } }, 'query'))).toEqual([
      'organization',
    ]);
    expect(
      refused(() => parse(listMeetingsQuery, { state: ['terminiert', { $gt: '' }] }, 'query')).length,
    ).toBeGreaterThan(0);
    expect(refused(() => parse(listPapersQuery, { reference: { $regex: '.*' } }, 'query'))).toEqual([
      'reference',
    ]);
    expect(refused(() => parse(listPapersQuery, { public: 'false' }, 'query'))).toEqual(['public']);
  });

  it('accepts ids in upper case but hands them on in lower case', () => {
    const query = parse(listMeetingsQuery, { organization: '0123456789ABCDEF01234567' }, 'query');
    expect(query.organization).toEqual(['0123456789abcdef01234567']);
  });
});
