/** Login names: lower-case letters, digits and . _ - (3–64). Zod-free so the web bundle can import it alone. */
export const usernamePattern = /^[a-z0-9._-]{3,64}$/;
