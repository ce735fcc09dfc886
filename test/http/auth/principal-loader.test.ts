import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrincipal } from '../../../server/http/auth/principal-loader';
import { MembershipModel } from '../../../server/store/models/membership';
import { OrganizationModel } from '../../../server/store/models/organization';
import { PersonModel } from '../../../server/store/models/person';
import { UserModel } from '../../../server/store/models/user';
import { connectTestDatabase } from '../support/test-app';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
const body = new Types.ObjectId();
const now = new Date('2021-02-18T15:00:00+01:00');

beforeAll(async () => {
  database = await connectTestDatabase();
});
afterAll(() => database.stop());

async function committee(shortName: string, kind: 'committee' | 'fraktion' = 'committee') {
  return OrganizationModel.create({ body, kind, name: `Ausschuss ${shortName}`, shortName });
}

describe('loadPrincipal', () => {
  it('takes roles from the user and member committees from the current memberships of the linked person', async () => {
    const [digital, finance, former, future, fraktion, office] = await Promise.all([
      committee('ADI'),
      committee('FIN'),
      committee('ALT'),
      committee('NEU'),
      committee('SPD', 'fraktion'),
      committee('UA-DKO'),
    ]);
    const person = await PersonModel.create({ body, name: 'Maria Muster', familyName: 'Muster' });
    const member = (organization: Types.ObjectId, startDate?: string, endDate?: string) =>
      MembershipModel.create({
        person: person._id,
        organization,
        role: 'Mitglied',
        votingRight: true,
        startDate: startDate && new Date(startDate),
        endDate: endDate && new Date(endDate),
      });
    await member(digital._id, '2020-11-01');
    await member(finance._id); // open-ended
    await member(former._id, '2014-06-01', '2020-10-31');
    await member(future._id, '2021-03-01');
    await member(fraktion._id, '2020-11-01');
    const user = await UserModel.create({
      username: 'mmuster',
      displayName: 'Maria Muster',
      roles: ['member', 'office'],
      officeCommitteeIds: [office._id],
      person: person._id,
      department: 'Amt für Informationsverarbeitung',
    });

    const principal = await loadPrincipal(user.id, now);
    expect(principal).toMatchObject({
      kind: 'user',
      userId: user.id,
      displayName: 'Maria Muster',
      roles: ['member', 'office'],
      personId: person.id,
      officeCommitteeIds: [office.id],
      department: 'Amt für Informationsverarbeitung',
    });
    expect(principal?.memberCommitteeIds.sort()).toEqual([digital.id, finance.id].sort());
  });

  it('returns null for unknown ids, malformed ids and disabled users', async () => {
    expect(await loadPrincipal(new Types.ObjectId().toString(), now)).toBeNull();
    expect(await loadPrincipal('not-an-id', now)).toBeNull();
    const disabled = await UserModel.create({
      username: 'off',
      displayName: 'Off',
      roles: ['member'],
      disabled: true,
    });
    expect(await loadPrincipal(disabled.id, now)).toBeNull();
  });
});
