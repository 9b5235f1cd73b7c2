/**
 * Text that a spreadsheet program would read as a formula (or, for tab and CR, as a new cell) when
 * it opens an export: `=`, `+`, `-`, `@`, tab, carriage return at the start (OWASP "CSV
 * injection"). Exports prefix such text with an apostrophe; imports take it off again, so a round
 * trip gives back the original text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export const neutralizeCell = (text: string): string =>
  FORMULA_START.test(text) ? `'${text}` : text

export const restoreNeutralized = (text: string): string =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
