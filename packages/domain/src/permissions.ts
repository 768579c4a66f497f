// Named permissions and the roles that bundle them. A role is granted on an org unit and
// reaches that unit's whole subtree; the API checks scope in SQL with these names.
export const Permission = {
  OrgRead: 'org.read',
  OrgWrite: 'org.write',
  MemberRead: 'member.read',
  MemberWrite: 'member.write',
  PersonalDataRead: 'personal_data.read',
  UserManage: 'user.manage',
  AuditRead: 'audit.read',
  PetitionRead: 'petition.read',
  PetitionWrite: 'petition.write',
  /** See who raised an anonymous petition; every view is audited. */
  PetitionIdentityRead: 'petition.identity.read',
  CampaignRead: 'campaign.read',
  CampaignWrite: 'campaign.write',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const roles = ['system_admin', 'federation_admin', 'officer', 'viewer', 'auditor'] as const;
export type Role = (typeof roles)[number];

const P = Permission;
export const rolePermissions: Record<Role, readonly Permission[]> = {
  system_admin: Object.values(P),
  federation_admin: [
    P.OrgRead,
    P.OrgWrite,
    P.MemberRead,
    P.MemberWrite,
    P.PersonalDataRead,
    P.UserManage,
    P.PetitionRead,
    P.PetitionWrite,
    P.PetitionIdentityRead,
    P.CampaignRead,
    P.CampaignWrite,
  ],
  officer: [
    P.OrgRead,
    P.MemberRead,
    P.MemberWrite,
    P.PersonalDataRead,
    P.PetitionRead,
    P.PetitionWrite,
    P.CampaignRead,
    P.CampaignWrite,
  ],
  viewer: [P.OrgRead, P.MemberRead, P.PetitionRead, P.CampaignRead],
  auditor: [P.OrgRead, P.MemberRead, P.PersonalDataRead, P.AuditRead, P.PetitionRead, P.CampaignRead],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** Roles a holder of `granter` may hand out: nobody grants more than they hold. */
export function canGrant(granter: Role, role: Role): boolean {
  if (granter === 'system_admin') return true;
  if (granter === 'federation_admin') return role !== 'system_admin';
  return false;
}
