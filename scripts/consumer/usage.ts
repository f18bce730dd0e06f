// Appended to the consumer project's ESM file: real use of the public API as
// an app would write it, type-checked against the published declarations.
