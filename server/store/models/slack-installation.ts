import { Schema, model } from 'mongoose';

/** A Slack workspace (or Enterprise Grid org) the app is installed in; the installation is stored encrypted. */
const slackInstallationSchema = new Schema(
  {
    /** `T…` for a workspace, `E…` for an org-wide installation. */
    installationId: { type: String, required: true, unique: true },
    teamId: String,
    enterpriseId: String,
    isEnterpriseInstall: { type: Boolean, default: false },
    /** AES-256-GCM of the Installation JSON (bot token included): `iv.tag.ciphertext`, base64url. */
    sealedInstallation: { type: String, required: true },
  },
  { timestamps: true },
);

export const SlackInstallationModel = model('SlackInstallation', slackInstallationSchema);
