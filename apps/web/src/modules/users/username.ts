// The same rule as @congdoan/domain's usernamePattern (username.test.ts keeps them equal).
// Importing it from there would pull the zod contracts module, and zod with it (~25 kB gz),
// into the browser bundle only for one regular expression.
export const usernamePattern = /^[a-z0-9._-]{3,64}$/;
