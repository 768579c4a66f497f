import { describe, expect, it } from 'vitest';
import { petitionReference } from './petition-reference';

describe('petitionReference', () => {
  it('takes the year in Vietnam time and pads the id to six digits', () => {
    expect(petitionReference(123, '2026-03-07T02:00:00Z')).toBe('KN-2026-000123');
    // 31/12/2025 18:30 UTC is already 01/01/2026 in Vietnam
    expect(petitionReference(7, '2025-12-31T18:30:00Z')).toBe('KN-2026-000007');
    expect(petitionReference(1234567, '2026-01-01T00:00:00Z')).toBe('KN-2026-1234567');
  });
});
