// Creates in the cases subgraph take an idempotency key (scoped to the caller and hashed by the
// service): one record per key, so a retried create finds the first instead of making a second.
CREATE CONSTRAINT case_idempotency_key IF NOT EXISTS FOR (c:Case) REQUIRE c.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT operation_idempotency_key IF NOT EXISTS FOR (o:Operation) REQUIRE o.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT action_idempotency_key IF NOT EXISTS FOR (a:Action) REQUIRE a.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT event_idempotency_key IF NOT EXISTS FOR (e:Event) REQUIRE e.idempotencyKey IS UNIQUE;
