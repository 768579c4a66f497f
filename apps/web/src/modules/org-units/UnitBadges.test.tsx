// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderAsUser } from '../../testing/render';
import { UnitBadges } from './UnitBadges';

afterEach(cleanup);

const unit = { subkind: null, closedOn: null, memberCount: 0 };

describe('UnitBadges: members in a tree row', () => {
  it("an upper union shows its subtree's members the Vietnamese way, never its own 0", () => {
    renderAsUser(<UnitBadges unit={{ ...unit, kind: 'provincial_federation', subtreeMemberCount: 25000 }} />);
    expect(screen.getByTestId('subtree-members').textContent).toBe('25.000 ĐV');
    expect(screen.getByTestId('subtree-members').getAttribute('title')).toBe(
      '25.000 đoàn viên đang sinh hoạt trong đơn vị và các đơn vị trực thuộc',
    );
    expect(screen.queryByTestId('held-members')).toBeNull();
  });

  it('an upper union without a figure (a search hit, a past date) shows none', () => {
    renderAsUser(<UnitBadges unit={{ ...unit, kind: 'upper_union' }} />);
    expect(screen.queryByTestId('subtree-members')).toBeNull();
    expect(screen.queryByTestId('held-members')).toBeNull();
  });

  it('a grassroots union shows its own members, grouped', () => {
    renderAsUser(
      <UnitBadges unit={{ ...unit, kind: 'grassroots_union', memberCount: 1234, subtreeMemberCount: 1234 }} />,
    );
    expect(screen.getByTestId('held-members').textContent).toBe('1.234 ĐV');
    expect(screen.queryByTestId('subtree-members')).toBeNull();
  });
});
