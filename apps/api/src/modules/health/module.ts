import { defineModule } from '../declaration';
import { healthRoutes } from './health.routes';

export const healthModule = defineModule({ name: 'health', routes: [healthRoutes], errors: {}, indicators: [] });
