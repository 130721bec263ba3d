// People: strong identifiers are looked up exactly (not unique: two records of one person may
// exist until someone confirms they are the same), and NRM referrals by id.
CREATE INDEX person_pnc_id IF NOT EXISTS FOR (p:Person) ON (p.pncId);
CREATE INDEX person_cro_number IF NOT EXISTS FOR (p:Person) ON (p.croNumber);
CREATE INDEX person_ni_number IF NOT EXISTS FOR (p:Person) ON (p.niNumber);
CREATE INDEX person_passport_number IF NOT EXISTS FOR (p:Person) ON (p.passportNumber);
CREATE INDEX person_driving_licence IF NOT EXISTS FOR (p:Person) ON (p.drivingLicence);
CREATE CONSTRAINT nrm_referral_id IF NOT EXISTS FOR (n:NrmReferral) REQUIRE n.id IS UNIQUE;
