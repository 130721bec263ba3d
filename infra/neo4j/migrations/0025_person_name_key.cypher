// Hits on entry compare people by name and date of birth: each person's name key (surname|forenames,
// trimmed, spaces collapsed, lower case; see name-key.ts), indexed.
CREATE INDEX person_name_key IF NOT EXISTS FOR (p:Person) ON (p.nameKey);
MATCH (p:Person) WHERE p.nameKey IS NULL AND p.surname IS NOT NULL
SET p.nameKey = toLower(trim(reduce(s = p.surname, x IN range(1, 8) | replace(s, '  ', ' ')))) + '|' + toLower(trim(reduce(s = coalesce(p.forenames, ''), x IN range(1, 8) | replace(s, '  ', ' '))));
