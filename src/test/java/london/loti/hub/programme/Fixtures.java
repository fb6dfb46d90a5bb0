package london.loti.hub.programme;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rounds, proposals and projects written straight to the database, for tests that start part-way through. */
final class Fixtures {

    private final JdbcClient jdbc;

    Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long round(String slug, int year, String method, Integer points, String status) {
        int sequence = slug.length() > 7 ? Integer.parseInt(slug.substring(8)) : 1;
        return jdbc.sql("""
                INSERT INTO programme_round (slug, start_year, sequence, method, points_per_ballot, places, proposals_close_on,
                                             voting_opens_on, voting_closes_on, status, opened_by_name)
                VALUES (:slug, :year, :sequence, :method, :points, 2, DATE '2020-05-01', DATE '2020-05-02', DATE '2020-05-30',
                        :status, 'Test')
                RETURNING id
                """).param("slug", slug).param("year", year).param("sequence", sequence).param("method", method)
                .param("points", points).param("status", status).query(Long.class).single();
    }

    long proposal(long round, String slug, String council, String title) {
        return jdbc.sql("""
                INSERT INTO programme_proposal (round_id, slug, organisation_id, title, problem, business_case,
                    business_case_detail, estimated_cost, timescale_months, workstream_number, shortlisted, submitted_by_name)
                VALUES (:round, :slug, (SELECT id FROM organisation WHERE slug = :council), :title, 'A problem', 'PRODUCTIVITY',
                        'Time saved', 100000, 12, 3, true, 'Test')
                RETURNING id
                """).param("round", round).param("slug", slug).param("council", council).param("title", title)
                .query(Long.class).single();
    }

    long project(long proposal, String slug, int year) {
        return jdbc.sql("""
                INSERT INTO exemplar_project (proposal_id, slug, start_year, selected_place, rag_reason, last_update_on)
                VALUES (:proposal, :slug, :year, 1, 'Starting', CURRENT_DATE) RETURNING id
                """).param("proposal", proposal).param("slug", slug).param("year", year).query(Long.class).single();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
