-- A value that changes with every change of a user or an absence, by any connection or process
-- (issue 5, performance): routing reads every user for every lead it routes, and keeps the list
-- while this value stays the same (UserRepository::all). A random value, not a counter: a rolled
-- back change brings the old value back, and a later change must never reuse a value a cache saw.
-- Written to run again harmlessly (tests re-run older migrations over a newer store).
CREATE TABLE IF NOT EXISTS users_revision (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT OR IGNORE INTO users_revision (id, value) VALUES (1, random());
CREATE TRIGGER IF NOT EXISTS users_revision_user_added AFTER INSERT ON users BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS users_revision_user_changed AFTER UPDATE ON users BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS users_revision_user_deleted AFTER DELETE ON users BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS users_revision_absence_added AFTER INSERT ON user_absences BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS users_revision_absence_changed AFTER UPDATE ON user_absences BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS users_revision_absence_deleted AFTER DELETE ON user_absences BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
