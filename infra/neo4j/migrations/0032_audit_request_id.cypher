// Follow one request through the trail: every service's events for it share its request id.
CREATE INDEX audit_event_request_id IF NOT EXISTS FOR (a:AuditEvent) ON (a.requestId);
