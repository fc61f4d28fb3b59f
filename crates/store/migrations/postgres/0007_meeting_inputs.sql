-- Inputs recorded from meetings: contributions that came out of a workshop or forum meeting.
ALTER TABLE contributions ADD COLUMN meeting_id BIGINT REFERENCES meetings(id);
