import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { formatWait, retryAfterOf } from './retry-after';

describe('the login page wait', () => {
  it('reads the wait the API names with a sign-in delay, and nothing else', () => {
    const delayed = new ApiError(429, 'LOGIN_DELAYED', 'Vui lòng thử lại sau 2 phút.', { retryAfterSeconds: 95 });
    expect(retryAfterOf(delayed)).toBe(95);
    expect(retryAfterOf(new ApiError(401, 'INVALID_CREDENTIALS', 'Sai'))).toBeNull();
    expect(retryAfterOf(new Error('x'))).toBeNull();
  });
  it('shows it as m:ss', () => {
    expect([0, 5, 59.2, 60, 95, 900].map(formatWait)).toEqual(['0:00', '0:05', '1:00', '1:00', '1:35', '15:00']);
  });
});
