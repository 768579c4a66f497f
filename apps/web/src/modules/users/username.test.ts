import { describe, expect, it } from 'vitest';
import { usernamePattern as domainPattern } from '@congdoan/domain';
import { usernamePattern } from './username';

describe('web username rule', () => {
  it('is the same as the domain contract', () => {
    expect(usernamePattern.source).toBe(domainPattern.source);
    expect(usernamePattern.flags).toBe(domainPattern.flags);
  });
});
