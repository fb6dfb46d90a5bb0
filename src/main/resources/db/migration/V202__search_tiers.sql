-- Search ranks at most a few hundred candidates, but a GIN bitmap scan finds every match before a LIMIT applies:
-- 'case management' matched 30,000 titles of 550,000 documents and took 20 ms just to list them. So each document
-- falls in one of four tiers by a hash of its id, holding 1/64, 3/64, 12/64 and 48/64 of the documents, and each
-- tier has its own partial indexes. A search reads the tiers in order and stops once it has its candidates: a common
-- word is answered from the smallest tier, a rare one from all four (four small index lookups instead of one).
ALTER TABLE search_document ADD COLUMN tier SMALLINT NOT NULL GENERATED ALWAYS AS (
    CASE WHEN hashtext(record_id) & 63 = 0 THEN 0
         WHEN hashtext(record_id) & 63 < 4 THEN 1
         WHEN hashtext(record_id) & 63 < 16 THEN 2
         ELSE 3 END) STORED;

DROP INDEX search_document_search;
DROP INDEX search_document_title;
CREATE INDEX search_document_search_0 ON search_document USING gin (search_vector) WHERE tier = 0;
CREATE INDEX search_document_search_1 ON search_document USING gin (search_vector) WHERE tier = 1;
CREATE INDEX search_document_search_2 ON search_document USING gin (search_vector) WHERE tier = 2;
CREATE INDEX search_document_search_3 ON search_document USING gin (search_vector) WHERE tier = 3;
CREATE INDEX search_document_title_0 ON search_document USING gin (title_vector) WHERE tier = 0;
CREATE INDEX search_document_title_1 ON search_document USING gin (title_vector) WHERE tier = 1;
CREATE INDEX search_document_title_2 ON search_document USING gin (title_vector) WHERE tier = 2;
CREATE INDEX search_document_title_3 ON search_document USING gin (title_vector) WHERE tier = 3;
