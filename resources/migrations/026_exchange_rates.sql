-- Exchange rates: deals keep their own currency, and column sums, the forecast and the dashboard
-- add them up in the home currency (the one row with is_home = 1, per_home = 1). per_home is how
-- many units of `currency` one unit of the home currency buys (EUR home: PLN 4.3, USD 1.08). A
-- currency without a row is added as it is, and a sum of several such currencies reads "mixed".
-- Admins edit the rates (Tools ▸ Currencies…, core/pipeline/CurrencyService); the SQL that sums deal
-- values converts through this table (core/store/SqlUtil: sql::homeCents / sql::homeCurrency).
-- A shipped migration is never edited: add 027_….sql instead.

CREATE TABLE exchange_rates (
    currency   TEXT PRIMARY KEY CHECK (length(currency) = 3 AND currency = upper(currency)),
    per_home   REAL NOT NULL CHECK (per_home > 0),
    is_home    INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1)),
    updated_at INTEGER NOT NULL DEFAULT 0,
    updated_by INTEGER
) WITHOUT ROWID;
CREATE UNIQUE INDEX exchange_rates_one_home ON exchange_rates(is_home) WHERE is_home = 1;
INSERT INTO exchange_rates (currency, per_home, is_home) VALUES ('EUR', 1, 1);
