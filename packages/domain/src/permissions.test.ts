import { describe, expect, it } from 'vitest';
import { canGrant } from './permissions';

describe('roles', () => {
  it('lets nobody grant more than they hold', () => {
    expect(canGrant('federation_admin', 'system_admin')).toBe(false);
    expect(canGrant('federation_admin', 'officer')).toBe(true);
    expect(canGrant('officer', 'viewer')).toBe(false);
    expect(canGrant('system_admin', 'system_admin')).toBe(true);
  });
});
