// The inbox reads each officer's own access requests, and the lead changes of their force.
CREATE INDEX access_request_requested_by IF NOT EXISTS FOR (r:AccessRequest) ON (r.requestedBy);
CREATE INDEX lead_change_to IF NOT EXISTS FOR (l:LeadChange) ON (l.to);
CREATE INDEX lead_change_from IF NOT EXISTS FOR (l:LeadChange) ON (l.from);
