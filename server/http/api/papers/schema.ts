import { z } from 'zod';
import { PAPER_TYPES } from '../../../domain/papers/paper-types';
import { clearableText, dateOrDateTime, objectIdString, paging, queryText, text } from '../common/schemas';

export const listPapersQuery = z.strictObject({
  organization: objectIdString.optional(),
  paperType: z.enum(PAPER_TYPES).optional(),
  /** Part of the reference number. */
  reference: queryText(100).optional(),
  ...paging,
});

const ids = z.array(objectIdString).max(50);
const httpUrl = z.url({ protocol: /^https?$/ }).max(1000);

export const createPaperBody = z.strictObject({
  body: objectIdString,
  reference: text(100),
  name: text(1000),
  paperType: z.enum(PAPER_TYPES),
  date: dateOrDateTime.optional(),
  public: z.boolean().default(true),
  organizations: ids.min(1),
  originatorPerson: ids.optional(),
  originatorOrganization: ids.optional(),
  underDirectionOf: text(300).optional(),
  summary: z.string().trim().max(20_000).optional(),
  mainFileUrl: httpUrl.optional(),
});

export const updatePaperBody = z.strictObject({
  reference: text(100).optional(),
  name: text(1000).optional(),
  paperType: z.enum(PAPER_TYPES).optional(),
  date: dateOrDateTime.nullable().optional(),
  public: z.boolean().optional(),
  organizations: ids.min(1).optional(),
  originatorPerson: ids.nullable().optional(),
  originatorOrganization: ids.nullable().optional(),
  underDirectionOf: clearableText(300),
  summary: clearableText(20_000),
  mainFileUrl: httpUrl.nullable().optional(),
});
