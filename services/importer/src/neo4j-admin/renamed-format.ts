import { CrosslinkError } from '@crosslink/common';
import { Header, recordFault, type Fault, type ImportFormat } from '../run/import-format.js';

/** How a source names what a format reads: its columns under other names, and values it has no column for. */
export interface Renames {
  /** A source column (named without its `:type` suffix) → the column the format reads it as. */
  readonly columns: ReadonlyMap<string, string>;
  /** A column the format reads → the value every row is read with, whatever the file holds. */
  readonly values: ReadonlyMap<string, string>;
}

/** A header column split into its name and its `:type` suffix (`lat:double`); `:ID` and the like have no name to rename. */
function split(column: string): [name: string, suffix: string] {
  const colon = column.indexOf(':');
  return colon <= 0 ? [column, ''] : [column.slice(0, colon), column.slice(colon)];
}

const notRead = ' (not read)';

/**
 * The format reading a file whose columns the source names otherwise. The format sees a header in
 * its own names — each renamed column under the name it is read as (keeping its `:type` suffix),
 * each given value as a column of its own — and everything it reports is put back in the file's
 * names: a missing column is the one the file must gain, and a rejected row names the file's column,
 * so the person fixing either works in the file's names. A source column that has the name another
 * column (or a given value) is read as is not read: the mapping says where that value comes from.
 */
export function renamed<T>(format: ImportFormat<T>, { columns, values }: Renames): ImportFormat<T> {
  if (columns.size === 0 && values.size === 0) return format;
  const sourceOf = new Map([...columns].map(([source, read]) => [read, source]));
  const readAs = (column: string): string => {
    const [name, suffix] = split(column);
    const read = columns.get(name);
    if (read !== undefined) return `${read}${suffix}`;
    // Out of the way of the column read in its place, under a name no format reads.
    return sourceOf.has(name) || values.has(name) ? `${column}${notRead}` : column;
  };
  return {
    ...format,
    // Checked on the file's own header before the parser is made, so a column it lacks is named as the file must name it.
    required: [...new Set(format.required.filter((column) => !values.has(column)).map((column) => sourceOf.get(column) ?? column))],
    parser: (header, target) => {
      const read = header.columns.map(readAs);
      const seen = new Header([...read, ...values.keys()]);
      // A required column the mapping renames to something else, with nothing renamed to it, passed the check on the file's header.
      const missing = seen.missing(format.required);
      if (missing.length > 0) {
        const names = missing.map((m) => `"${m}"`).join(', ');
        throw new CrosslinkError(
          'VALIDATION_FAILED',
          `No column of the header is read as ${names}, which this format needs: the mapping reads the file's ${names} as another`,
          {
            field: 'header',
          },
        );
      }
      const fileColumn = new Map(read.map((name, i) => [name, header.columns[i]!]));
      const inFileTerms = (found: Fault): Fault => {
        const given = values.get(found.column);
        if (given !== undefined) return { ...found, reason: `${found.reason} (the mapping gives ${found.column} the value "${given}")` };
        // A format may name a typed column with its suffix when the file's has none (latitude:double for lat).
        const column = fileColumn.get(found.column) ?? fileColumn.get(split(found.column)[0]) ?? found.column;
        if (column === found.column) return found;
        // A column that is not read is only ever at fault for its text, with a reason naming it as the format saw it.
        if (found.column.endsWith(notRead)) return { ...found, column, reason: found.reason.replaceAll(found.column, column) };
        return { ...found, column, reason: `${found.reason} (the mapping reads ${column} as ${found.column})` };
      };
      const given = [...values.values()];
      const parse = format.parser(seen, target);
      return (fields, line) => {
        // The field count is checked against the file's header, before the given values join the record.
        if (fields.length !== header.columns.length) return recordFault(header, fields)!;
        const parsed = parse(given.length === 0 ? fields : [...fields, ...given], line);
        return 'fault' in parsed ? { fault: inFileTerms(parsed.fault) } : parsed;
      };
    },
  };
}
