// Match suggestions (intel) look for people recorded twice by date of birth and by its day/month
// swap, stored as written (YYYY, YYYY-MM or YYYY-MM-DD): indexed.
CREATE INDEX person_date_of_birth IF NOT EXISTS FOR (p:Person) ON (p.dateOfBirth);
// A reviewer's decision on a pair of people is one node per pair, MERGEd on the pair's key (the two
// person ids in order, joined by a colon): unique, so two reviewers deciding at once make one.
CREATE CONSTRAINT match_decision_pair IF NOT EXISTS FOR (d:MatchDecision) REQUIRE d.pair IS UNIQUE;
