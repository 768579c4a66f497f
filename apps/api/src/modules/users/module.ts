import { usersErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { userRoutes } from './users.routes';

export const usersModule = defineModule({
  name: 'users',
  description: 'Người dùng và vai trò.',
  routes: [userRoutes],
  errors: usersErrors,
  permissions: { 'user.manage': ['federation_admin'] },
  indicators: [],
});
