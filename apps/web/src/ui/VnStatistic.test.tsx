// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { VnStatistic } from './VnStatistic';

afterEach(cleanup);

describe('VnStatistic', () => {
  it('writes 25.000 and 8,3 (antd alone writes 25,000 and 8.3)', () => {
    const a = render(<VnStatistic title="Đoàn viên" value={25000} />);
    expect(a.container.querySelector('.ant-statistic-content')!.textContent).toBe('25.000');
    cleanup();
    const b = render(<VnStatistic title="Tỷ lệ" value={8.3} precision={1} />);
    expect(b.container.querySelector('.ant-statistic-content')!.textContent).toBe('8,3');
  });
});
