// A person imported from a bundle (services/importer, neo4j-admin) is keyed by where it came from,
// as an imported case is (0035): importing the bundle again finds them, and the bundle's
// relationships reach them by that key.
CREATE CONSTRAINT person_source_key IF NOT EXISTS FOR (p:Person) REQUIRE p.sourceKey IS UNIQUE;
