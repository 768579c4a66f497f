import { describe, expect, it } from 'vitest';
import { canGrant, Permission, roleHas, roles } from './permissions';

describe('roles', () => {
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
  it('lets nobody grant more than they hold', () => {
    expect(canGrant('federation_admin', 'system_admin')).toBe(false);
    expect(canGrant('federation_admin', 'officer')).toBe(true);
    expect(canGrant('officer', 'viewer')).toBe(false);
    expect(canGrant('system_admin', 'system_admin')).toBe(true);
  });
});
