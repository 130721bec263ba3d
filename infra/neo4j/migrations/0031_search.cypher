// Full-text search over people (names and aliases), cases (reference and title) and locations
// (address and postcode). The standard-folding analyzer ignores case and accents: Zoë finds Zoe.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person|Alias) ON EACH [n.forenames, n.surname] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX case_text IF NOT EXISTS FOR (n:Case) ON EACH [n.reference, n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX location_text IF NOT EXISTS FOR (n:Location) ON EACH [n.line1, n.line2, n.town, n.postcode] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
