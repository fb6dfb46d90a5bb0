-- A person may make their profile public (members module). People's names are for members only: visitors see a
-- person's name wherever they appear (a project's owner, an update's author, the coalition finder) only when the
-- person chose this; otherwise 'An officer of <organisation>'. Off until the person turns it on.
ALTER TABLE person ADD COLUMN public_profile BOOLEAN NOT NULL DEFAULT false;
-- Names stored with records (the account's name when it acted) are matched to their person by this name.
CREATE INDEX user_account_display_name ON user_account (display_name);
