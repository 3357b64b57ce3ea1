-- Per-weekday working hours (optional): a row gives that weekday (1 = Monday … 7 = Sunday) its own
-- local span [start_minute, end_minute), overriding the user's work_start/end_minute and work_days
-- bit; an empty span (start = end) is a day off. Weekdays without a row keep the user's defaults.
-- Changes bump users_revision (migration 019) so UserRepository::all() reads them again.
-- Written to run again harmlessly (tests re-run older migrations over a newer store).
CREATE TABLE IF NOT EXISTS user_work_days (
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440 AND end_minute >= start_minute),
    PRIMARY KEY (user_id, weekday)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS users_revision_work_day_added AFTER INSERT ON user_work_days BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS users_revision_work_day_changed AFTER UPDATE ON user_work_days BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
CREATE TRIGGER IF NOT EXISTS users_revision_work_day_deleted AFTER DELETE ON user_work_days BEGIN
    UPDATE users_revision SET value = random() WHERE id = 1;
END;
