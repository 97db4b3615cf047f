// Lengths of the roster's text fields: one limit each, used by the edit form's schema (schema.ts) and by the
// import (staff/import), which refuses a longer name rather than storing what the form could not save.
// Environment-free and without zod, so the import (and the command line) need not load it.

/** A name with its titles. */
export const MAX_NAME_LENGTH = 200;
