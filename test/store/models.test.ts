import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mongoose, { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttendanceModel,
  BodyModel,
  ChannelBindingModel,
  ConsultationModel,
  InquiryModel,
  LegislativeTermModel,
  MembershipModel,
  OrganizationModel,
  PaperModel,
  PersonModel,
} from '../../server/store/models';
import { UserModel } from '../../server/store/models/user';
import '../../server/store/demo/marker';
import { startTestDatabase } from '../support/database';

const MODELS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/store/models');

let db: Awaited<ReturnType<typeof startTestDatabase>>;

beforeAll(async () => {
  // Every model file, including those not re-exported by the index.
  for (const file of readdirSync(MODELS_DIR).filter((f) => f.endsWith('.ts'))) {
    await import(path.join(MODELS_DIR, file));
  }
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
});

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

const DUPLICATE_KEY = { code: 11000 };
const id = () => new Types.ObjectId();

describe('model indexes', () => {
  it('builds every declared index of every model', async () => {
    const names = mongoose.modelNames();
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) {
      const model = mongoose.model(name);
      await model.syncIndexes();
      const built = (await model.listIndexes()).map((i) => JSON.stringify(i.key));
      for (const [fields] of model.schema.indexes()) {
        expect(built, `${name} ${JSON.stringify(fields)}`).toContain(JSON.stringify(fields));
      }
    }
  });

  it('rejects a second paper with the same reference in the same body, not in another', async () => {
    const [koeln, mettmann] = [id(), id()];
    const paper = { reference: '3827/2019', name: 'Mitteilung', paperType: 'Mitteilung' } as const;
    await PaperModel.create({ ...paper, body: koeln });
    await expect(PaperModel.create({ ...paper, body: koeln })).rejects.toMatchObject(DUPLICATE_KEY);
    await expect(PaperModel.create({ ...paper, body: mettmann })).resolves.toBeDefined();
  });

  it('rejects the same seat twice, but not a later term of the same seat', async () => {
    const seat = { person: id(), organization: id(), role: 'Mitglied', votingRight: true } as const;
    await MembershipModel.create(seat);
    await expect(MembershipModel.create(seat)).rejects.toMatchObject(DUPLICATE_KEY);
    await expect(MembershipModel.create({ ...seat, role: 'Vorsitz' })).resolves.toBeDefined();
    await expect(
      MembershipModel.create({ ...seat, startDate: new Date('2025-11-01') }),
    ).resolves.toBeDefined();
  });

  it('keeps natural keys of bodies, committees and terms unique', async () => {
    await BodyModel.create({ name: 'Stadt Köln', shortName: 'Stadt Köln' });
    await expect(BodyModel.create({ name: 'Köln', shortName: 'Stadt Köln' })).rejects.toMatchObject(
      DUPLICATE_KEY,
    );

    const body = id();
    const committee = {
      body,
      kind: 'committee',
      name: 'Unterausschuss Digitale Kommunikation und Organisation',
      shortName: 'UA DiKO',
    } as const;
    await OrganizationModel.create(committee);
    await expect(OrganizationModel.create(committee)).rejects.toMatchObject(DUPLICATE_KEY);
    await expect(OrganizationModel.create({ ...committee, body: id() })).resolves.toBeDefined();

    const term = { body, name: '2020-2025', startDate: new Date('2020-11-01') };
    await LegislativeTermModel.create(term);
    await expect(LegislativeTermModel.create(term)).rejects.toMatchObject(DUPLICATE_KEY);
  });

  it('records one attendance per person and meeting, one consultation per paper, committee and meeting', async () => {
    const attendance = { meeting: id(), person: id(), category: 'member' } as const;
    await AttendanceModel.create(attendance);
    await expect(AttendanceModel.create(attendance)).rejects.toMatchObject(DUPLICATE_KEY);

    const consultation = { paper: id(), organization: id(), meeting: id(), role: 'Kenntnisnahme' } as const;
    await ConsultationModel.create(consultation);
    await expect(ConsultationModel.create(consultation)).rejects.toMatchObject(DUPLICATE_KEY);
    await expect(ConsultationModel.create({ ...consultation, meeting: id() })).resolves.toBeDefined();
  });

  it('numbers Anfragen uniquely per body and allows any number of unnumbered ones', async () => {
    const body = id();
    const inquiry = {
      body,
      organization: id(),
      subject: 'WLAN',
      text: 'Frage',
      kind: 'schriftlich',
      author: id(),
    } as const;
    await InquiryModel.create(inquiry);
    await InquiryModel.create(inquiry);
    await InquiryModel.create({ ...inquiry, number: 'AN/0001/2026' });
    await expect(InquiryModel.create({ ...inquiry, number: 'AN/0001/2026' })).rejects.toMatchObject(
      DUPLICATE_KEY,
    );
    await expect(
      InquiryModel.create({ ...inquiry, body: id(), number: 'AN/0001/2026' }),
    ).resolves.toBeDefined();
  });

  it('links a chat identity to one person only, and binds a channel to a committee once', async () => {
    const identity = { platform: 'slack', userId: 'U024BE7LH', tenantId: 'T0001' } as const;
    await PersonModel.create({
      body: id(),
      name: 'Jörg Frank',
      familyName: 'Frank',
      chatIdentities: [identity],
    });
    await PersonModel.create({ body: id(), name: 'Ohne Chat', familyName: 'Chat' });
    await PersonModel.create({ body: id(), name: 'Auch ohne Chat', familyName: 'Chat' });
    await expect(
      PersonModel.create({
        body: id(),
        name: 'Florian Braun',
        familyName: 'Braun',
        chatIdentities: [identity],
      }),
    ).rejects.toMatchObject(DUPLICATE_KEY);

    const binding = {
      platform: 'teams',
      tenantId: 't',
      channelId: '19:abc@thread.tacv2',
      organization: id(),
      confidentiality: 'public',
    } as const;
    await ChannelBindingModel.create(binding);
    await expect(ChannelBindingModel.create(binding)).rejects.toMatchObject(DUPLICATE_KEY);
  });

  it('treats usernames case-insensitively', async () => {
    await UserModel.create({ username: 'amtsleitung', displayName: 'Amtsleitung', roles: ['head'] });
    await expect(
      UserModel.create({ username: 'Amtsleitung', displayName: 'Zweite', roles: ['head'] }),
    ).rejects.toMatchObject(DUPLICATE_KEY);
  });
});
