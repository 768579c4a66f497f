import { describe, expect, it } from 'vitest';
import { Permission, roles } from '@congdoan/domain';
import { modules } from './index';
import { roleHas, rolePermissions } from './permission-table';

describe('permission table built from the module declarations', () => {
  it('gives user administration to administrators only, and the audit log to auditors and system admins', () => {
    const manage = roles.filter((r) => roleHas(r, Permission.UserManage));
    expect(manage).toEqual(['system_admin', 'federation_admin']);
    const audit = roles.filter((r) => roleHas(r, Permission.AuditRead));
    expect(audit).toEqual(['system_admin', 'auditor']);
    expect(roleHas('viewer', Permission.MemberWrite)).toBe(false);
    expect(roleHas('viewer', Permission.PersonalDataRead)).toBe(false);
    const identity = roles.filter((r) => roleHas(r, Permission.PetitionIdentityRead));
    expect(identity).toEqual(['system_admin', 'federation_admin']);
  });

  it('has every permission declared by exactly one module', () => {
    const declared = modules.flatMap((m) => Object.keys(m.permissions ?? {}));
    expect([...declared].sort()).toEqual(Object.values(Permission).sort());
  });

  it('is the table roles had before modules declared it', () => {
    const P = Permission;
    const sorted = (list: readonly string[]) => [...list].sort();
    const before = {
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
        P.WelfareRead,
        P.WelfareWrite,
        P.ReportRead,
        P.ReportWrite,
        P.ReportApprove,
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
        P.WelfareRead,
        P.WelfareWrite,
        P.ReportRead,
        P.ReportWrite,
        P.ReportApprove,
      ],
      viewer: [P.OrgRead, P.MemberRead, P.PetitionRead, P.CampaignRead, P.WelfareRead, P.ReportRead],
      auditor: [
        P.OrgRead,
        P.MemberRead,
        P.PersonalDataRead,
        P.AuditRead,
        P.PetitionRead,
        P.CampaignRead,
        P.WelfareRead,
        P.ReportRead,
      ],
    };
    for (const role of roles) expect(sorted(rolePermissions()[role]), role).toEqual(sorted(before[role]));
  });
});
