// Each service appends to a chain of its own (AuditHead id = service name), so services never queue
// behind one another for one lock. Events written while the trail was a single chain stay in it,
// under the name of its head, 'trail'. A seq is unique within its chain.
MATCH (a:AuditEvent) WHERE a.chain IS NULL SET a.chain = 'trail';
DROP CONSTRAINT audit_event_seq IF EXISTS;
CREATE CONSTRAINT audit_event_chain_seq IF NOT EXISTS FOR (a:AuditEvent) REQUIRE (a.chain, a.seq) IS UNIQUE;
