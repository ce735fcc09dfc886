import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import { SlackInstallationModel } from '../models/slack-installation';
import { seal, unseal } from './token-crypto';

/** Slack OAuth installations in MongoDB; the whole installation (tokens included) is encrypted at rest. */
export function mongoInstallationStore(key: Buffer): InstallationStore {
  return {
    async storeInstallation(installation: Installation<'v1' | 'v2', boolean>) {
      const isEnterpriseInstall =
        installation.isEnterpriseInstall === true && installation.enterprise !== undefined;
      const installationId = isEnterpriseInstall ? installation.enterprise?.id : installation.team?.id;
      if (!installationId) throw new Error('Slack installation without team or enterprise id');
      const doc = {
        installationId,
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall,
        sealedInstallation: seal(JSON.stringify(installation), key),
      };
      const updated = await SlackInstallationModel.findOneAndUpdate({ installationId }, { $set: doc });
      if (!updated) await SlackInstallationModel.create(doc);
    },

    async fetchInstallation(query: InstallationQuery<boolean>) {
      const installationId =
        query.isEnterpriseInstall && query.enterpriseId ? query.enterpriseId : query.teamId;
      const doc = installationId ? await SlackInstallationModel.findOne({ installationId }).lean() : null;
      if (!doc) throw new Error(`no Slack installation for ${installationId ?? 'unknown workspace'}`);
      return JSON.parse(unseal(doc.sealedInstallation, key)) as Installation<'v1' | 'v2', boolean>;
    },

    async deleteInstallation(query: InstallationQuery<boolean>) {
      const installationId =
        query.isEnterpriseInstall && query.enterpriseId ? query.enterpriseId : query.teamId;
      await SlackInstallationModel.deleteOne({ installationId });
    },
  };
}
