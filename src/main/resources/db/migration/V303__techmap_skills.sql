-- Each council's capability per skill (techmap module), from awareness to expert (skill_level, V3).
CREATE TABLE council_skill (
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    skill           TEXT NOT NULL REFERENCES tech_skill (code),
    level           TEXT NOT NULL REFERENCES skill_level (code),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, skill)
);
CREATE INDEX council_skill_skill_level ON council_skill (skill, level);
