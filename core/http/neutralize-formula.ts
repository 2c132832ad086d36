/**
 * A spreadsheet runs a cell starting with one of these as a formula (`=HYPERLINK(…)`, `+1`, `@SUM(…)`, and
 * tab or carriage return, which some programs skip before reading the rest as one).
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Text for a CSV or spreadsheet cell that no spreadsheet will run: a formula-looking text gets a `'` in
 * front, which Excel and WPS show as plain text. Where a format has typed cells (XLSX), numbers stay numbers
 * and only text comes here, so `-5` is still a number there.
 */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
