-- Who wrote or joined what, as people (projects module), so that each page shows their names by the rule for
-- people's names at the time it is read: members see them, visitors only those who made their profile public.
-- actor_name stays the name of an actor that is no person (an API token, 'LOTI Hub'); a JOINED row names the
-- person who joined in subject_person_id, no longer in its text.
ALTER TABLE project_activity ADD COLUMN actor_person_id BIGINT REFERENCES person (id);
ALTER TABLE project_activity ADD COLUMN subject_person_id BIGINT REFERENCES person (id);

-- Rows written so far: the actor by their account's name, then by a person's name.
UPDATE project_activity a SET actor_person_id = (
        SELECT min(p.id) FROM person p JOIN user_account u ON u.id = p.account_id WHERE u.display_name = a.actor_name)
 WHERE a.actor_name <> 'LOTI Hub';
UPDATE project_activity a SET actor_person_id = (SELECT min(p.id) FROM person p WHERE p.full_name = a.actor_name)
 WHERE a.actor_person_id IS NULL AND a.actor_name <> 'LOTI Hub';
-- Who joined: the accepted request decided at that moment. Every JOINED text loses the name it held.
UPDATE project_activity a SET subject_person_id = (
        SELECT min(p.id) FROM project_join_request r JOIN person p ON p.account_id = r.account_id
         WHERE r.project_id = a.project_id AND r.status = 'ACCEPTED' AND r.decided_at = a.occurred_at)
 WHERE a.kind = 'JOINED';
UPDATE project_activity SET body = 'Joined the project.' WHERE kind = 'JOINED';
