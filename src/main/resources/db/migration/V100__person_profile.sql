-- People's profiles (members module): expertise tags and what they are happy to be contacted about, and the
-- indexes of /people's search and filters.
ALTER TABLE person ADD COLUMN expertise_tags TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE person ADD COLUMN contact_about TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN updated_at TIMESTAMPTZ;
CREATE INDEX person_name ON person (full_name, id);
CREATE INDEX person_role_family_name ON person (role_family, full_name);
CREATE INDEX person_expertise_tags ON person USING gin (expertise_tags);
CREATE INDEX person_search ON person USING gin ((full_name || ' ' || job_title) gin_trgm_ops);
