import { usersErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { userRoutes } from './users.routes';

export const usersModule = defineModule({
  name: 'users',
  routes: [userRoutes],
  errors: usersErrors,
  permissions: { 'user.manage': ['federation_admin'] },
  indicators: [],
});
