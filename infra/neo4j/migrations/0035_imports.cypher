// Bulk import (services/importer). A case imported from another system is keyed by where it came
// from (`sourceKey`, e.g. the data.police.uk crime id), so importing the same file again finds it
// instead of making another. An import run keeps, in the transaction of each batch it writes, the
// last line it has committed, so a run stopped part way continues from there.
CREATE CONSTRAINT case_source_key IF NOT EXISTS FOR (c:Case) REQUIRE c.sourceKey IS UNIQUE;
CREATE CONSTRAINT import_run_key IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.key IS UNIQUE;
