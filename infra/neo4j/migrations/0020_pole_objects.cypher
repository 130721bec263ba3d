// POLE objects: one node per normalised value, so every force's record of it is the same node.
// Writes MERGE on these keys; the constraints make concurrent MERGEs safe. Every statement is idempotent.
CREATE CONSTRAINT phone_id IF NOT EXISTS FOR (o:Phone) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT phone_number IF NOT EXISTS FOR (o:Phone) REQUIRE o.number IS UNIQUE;
CREATE CONSTRAINT handset_imei IF NOT EXISTS FOR (h:Handset) REQUIRE h.imei IS UNIQUE;
CREATE CONSTRAINT vehicle_id IF NOT EXISTS FOR (o:Vehicle) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT vehicle_vrm IF NOT EXISTS FOR (o:Vehicle) REQUIRE o.vrm IS UNIQUE;
CREATE CONSTRAINT email_address_id IF NOT EXISTS FOR (o:EmailAddress) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT email_address_address IF NOT EXISTS FOR (o:EmailAddress) REQUIRE o.address IS UNIQUE;
CREATE CONSTRAINT online_account_id IF NOT EXISTS FOR (o:OnlineAccount) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT online_account_key IF NOT EXISTS FOR (o:OnlineAccount) REQUIRE o.accountKey IS UNIQUE;
CREATE CONSTRAINT bank_account_id IF NOT EXISTS FOR (o:BankAccount) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT bank_account_key IF NOT EXISTS FOR (o:BankAccount) REQUIRE o.accountKey IS UNIQUE;
CREATE CONSTRAINT item_id IF NOT EXISTS FOR (o:Item) REQUIRE o.id IS UNIQUE;
