// Moved to context/actor.ts (use cases must not import http/). Kept one release so branches in flight compile;
// eslint refuses it in modules. Delete once those branches are merged.
export * from '../context/actor';
