import { policeUk } from './police-uk/police-uk.format.js';
import type { ImportFormat } from './run/import-format.js';

/** Every format the importer reads, by the name the command line gives it. */
export const formats: Readonly<Record<string, ImportFormat<never>>> = {
  [policeUk.name]: policeUk as ImportFormat<never>,
};
