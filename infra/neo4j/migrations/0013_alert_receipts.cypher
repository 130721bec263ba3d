// An officer acknowledges an alert of their inbox once: the receipt names the alert and the officer.
CREATE CONSTRAINT alert_receipt_key IF NOT EXISTS FOR (r:AlertReceipt) REQUIRE (r.username, r.alertId) IS UNIQUE;
