// A hit on entry names the case the value was recorded in, whose officer in charge reads the alert
// from that side; alerts raised before kinds existed were all subject checks or hidden hits.
CREATE INDEX deconfliction_alert_from_case IF NOT EXISTS FOR (a:DeconflictionAlert) ON (a.fromCaseId);
MATCH (a:DeconflictionAlert) WHERE a.kind IS NULL
SET a.kind = CASE WHEN a.reason STARTS WITH 'Recorded it in a case of' THEN 'HIT_ON_ENTRY' ELSE 'SUBJECT_CHECKED' END;
