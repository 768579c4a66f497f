import { defineModule } from '../declaration';

// `congdoan seed synthetic` (CLI only): bulk test data; no routes, jobs or codes of its own.
export const syntheticModule = defineModule({ name: 'synthetic', routes: [], errors: {}, indicators: [] });
