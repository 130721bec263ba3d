// Case coordination: lifecycle history, events, operations, actions. Every statement is idempotent.
CREATE CONSTRAINT case_change_id IF NOT EXISTS FOR (h:CaseChange) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT operation_id IF NOT EXISTS FOR (o:Operation) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT lead_change_id IF NOT EXISTS FOR (l:LeadChange) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (a:Action) REQUIRE a.id IS UNIQUE;
// Case lists filter by status, officer in charge and opening date; the workload counts open cases per force.
CREATE INDEX case_status IF NOT EXISTS FOR (c:Case) ON (c.status);
CREATE INDEX case_officer IF NOT EXISTS FOR (c:Case) ON (c.officerInCharge);
CREATE INDEX case_opened IF NOT EXISTS FOR (c:Case) ON (c.openedAt);
// Operations page newest first.
CREATE INDEX operation_created IF NOT EXISTS FOR (o:Operation) ON (o.createdAt);
// Work queues: actions awaiting allocation, actions of an officer, and a force's allocated actions.
CREATE INDEX action_status_raised IF NOT EXISTS FOR (a:Action) ON (a.status, a.raisedAt);
CREATE INDEX action_allocated_to IF NOT EXISTS FOR (a:Action) ON (a.allocatedTo);
CREATE INDEX action_allocated_force IF NOT EXISTS FOR (a:Action) ON (a.allocatedForce, a.status);
// Cases written before these fields existed get their defaults, so the access predicate reads
// `classification` and `caveats` on every case. Re-running finds nothing left to change.
MATCH (c:Case) WHERE c.classification IS NULL SET c.classification = 'OFFICIAL';
MATCH (c:Case) WHERE c.caveats IS NULL SET c.caveats = [];
MATCH (c:Case) WHERE c.crimeTypes IS NULL SET c.crimeTypes = [];
MATCH (c:Case) WHERE c.priority IS NULL SET c.priority = 'MEDIUM';
MATCH (c:Case) WHERE c.officerInCharge IS NULL SET c.officerInCharge = c.createdBy;
MATCH (c:Case) WHERE c.openedAt IS NULL AND c.status <> 'REFERRED' SET c.openedAt = c.createdAt;
