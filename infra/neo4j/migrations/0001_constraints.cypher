// Natural keys and generated ids, each unique. Every statement is idempotent.
CREATE CONSTRAINT force_code IF NOT EXISTS FOR (f:Force) REQUIRE f.code IS UNIQUE;
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (c:Case) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT case_reference IF NOT EXISTS FOR (c:Case) REQUIRE c.reference IS UNIQUE;
CREATE CONSTRAINT case_sequence_key IF NOT EXISTS FOR (s:CaseSequence) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (l:Location) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT location_address_key IF NOT EXISTS FOR (l:Location) REQUIRE l.addressKey IS UNIQUE;
// Case lists are filtered by force and paged newest first.
CREATE INDEX case_force_created IF NOT EXISTS FOR (c:Case) ON (c.force, c.createdAt);
CREATE INDEX case_created IF NOT EXISTS FOR (c:Case) ON (c.createdAt);
CREATE INDEX location_postcode IF NOT EXISTS FOR (l:Location) ON (l.postcode);
