// Officers: one record per Keycloak user, keyed by username (what cases and actions record), with the
// token's subject kept beside it. Every statement is idempotent.
CREATE CONSTRAINT officer_username IF NOT EXISTS FOR (o:Officer) REQUIRE o.username IS UNIQUE;
CREATE INDEX officer_subject IF NOT EXISTS FOR (o:Officer) ON (o.subject);
// A force's officers page by username, optionally of one team; the workload counts them per force.
CREATE INDEX officer_force_username IF NOT EXISTS FOR (o:Officer) ON (o.force, o.username);
CREATE INDEX officer_force_team IF NOT EXISTS FOR (o:Officer) ON (o.force, o.team);
