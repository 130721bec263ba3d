// People and NRM referrals keep a history of their changes (what each field was and became, who
// changed it, when and why), like cases; and creates of the entities subgraph keep the idempotency
// key they were made with, unique, so a concurrent retry cannot make a second record.
CREATE CONSTRAINT person_change_id IF NOT EXISTS FOR (c:PersonChange) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT nrm_change_id IF NOT EXISTS FOR (c:NrmChange) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT entity_idempotency_key_id IF NOT EXISTS FOR (k:EntityIdempotencyKey) REQUIRE k.id IS UNIQUE;
