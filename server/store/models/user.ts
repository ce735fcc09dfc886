import { Schema, model, type InferSchemaType } from 'mongoose';

export const USER_ROLES = ['office', 'head', 'member', 'department', 'admin'] as const;

/** A login to the dashboard (local password and/or OpenID Connect). Rights come from roles and memberships. */
const userSchema = new Schema(
  {
    username: { type: String, required: true, lowercase: true, trim: true, unique: true, maxlength: 200 },
    displayName: { type: String, required: true, trim: true, maxlength: 200 },
    email: { type: String, lowercase: true, trim: true, maxlength: 320 },
    /** `scrypt$N$r$p$salt$hash` (see server/http/auth/password.ts); unset for OIDC-only accounts. */
    passwordHash: { type: String, select: false },
    oidcIssuer: String,
    oidcSubject: String,
    roles: { type: [String], enum: USER_ROLES, default: [] },
    /** Committees this user runs as office (Geschäftsführung). */
    officeCommitteeIds: { type: [Schema.Types.ObjectId], ref: 'Organization', default: [] },
    /** Fachdienststelle, for the department role. */
    department: { type: String, trim: true },
    /** The Person record (memberships, chat identities) behind this login. */
    person: { type: Schema.Types.ObjectId, ref: 'Person' },
    disabled: { type: Boolean, default: false },
    lastLoginAt: Date,
  },
  { timestamps: true },
);
userSchema.index(
  { oidcIssuer: 1, oidcSubject: 1 },
  { unique: true, partialFilterExpression: { oidcSubject: { $exists: true } } },
);
userSchema.index({ email: 1 });

export type UserDoc = InferSchemaType<typeof userSchema>;
export const UserModel = model('User', userSchema);
