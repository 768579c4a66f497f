import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Me } from '@congdoan/domain';
import '../app/i18n';
import '../app/modules/register-translations';
import { Providers } from '../app/providers';
import { CurrentUserContext } from '../modules/auth/current-user';

/** A signed-in officer of Quảng Trị, as the component tests' default user. */
export const officer: Me = {
  id: 7,
  username: 'qt.canbo',
  displayName: 'Cán bộ Quảng Trị',
  email: null,
  phone: null,
  mustChangePassword: false,
  roles: [],
  permissions: [],
};

/** Render a screen piece as the app does: providers (antd vi_VN, react-query), router, signed-in user. */
export function renderAsUser(ui: ReactElement, me: Me = officer): RenderResult {
  return render(
    <Providers>
      <MemoryRouter>
        <CurrentUserContext.Provider value={me}>{ui}</CurrentUserContext.Provider>
      </MemoryRouter>
    </Providers>,
  );
}
