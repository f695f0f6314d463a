-- The iCalendar SEQUENCE of a seminar's events, raised when calendars must replace their copy.
ALTER TABLE seminar ADD COLUMN calendar_sequence INTEGER DEFAULT 0 NOT NULL;
