// The audit trail: append-only (:AuditEvent) nodes chained by hash, and the (:AuditHead) holding
// the last seq and hash. Auditors search by user, force, time and record.
CREATE CONSTRAINT audit_event_seq IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.seq IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE;
CREATE INDEX audit_event_username IF NOT EXISTS FOR (a:AuditEvent) ON (a.username);
CREATE INDEX audit_event_force IF NOT EXISTS FOR (a:AuditEvent) ON (a.force);
CREATE INDEX audit_event_at IF NOT EXISTS FOR (a:AuditEvent) ON (a.at);
