// An officer's case list ("My cases") is read newest first from this index in order, as a force's is
// from case_force_created (listCases, services/cases/src/case/case.cypher.ts).
CREATE INDEX case_officer_created IF NOT EXISTS FOR (c:Case) ON (c.officerInCharge, c.createdAt);
