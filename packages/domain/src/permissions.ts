// Named permissions and the roles. A role is granted on an org unit and reaches that unit's whole subtree;
// the API checks scope in SQL with these names. Which role holds which permission is declared by each API
// module (apps/api/src/modules/*/module.ts) and joined in apps/api/src/modules/permission-table.ts.
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
  WelfareRead: 'welfare.read',
  WelfareWrite: 'welfare.write',
  ReportRead: 'report.read',
  /** Fill in and submit a unit's report, assign forms to the subtree. */
  ReportWrite: 'report.write',
  /** Approve, return or reopen the reports of the units below. */
  ReportApprove: 'report.approve',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const roles = ['system_admin', 'federation_admin', 'officer', 'viewer', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** Roles a holder of `granter` may hand out: nobody grants more than they hold. */
export function canGrant(granter: Role, role: Role): boolean {
  if (granter === 'system_admin') return true;
  if (granter === 'federation_admin') return role !== 'system_admin';
  return false;
}
