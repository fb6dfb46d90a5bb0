package london.loti.hub.members;

import java.util.List;
import java.util.Optional;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class OrganisationQueries {

    record Filter(OrganisationKind kind, String partnership) {
    }

    private static final String COLUMNS = """
            id, slug, name, kind, gss_code, sub_regional_partnership, inner_london_statutory, inner_london_ons,
            website, summary""";
    private static final String WHERE = """
             WHERE (CAST(:kind AS text) IS NULL OR kind = :kind)
               AND (CAST(:partnership AS text) IS NULL
                    OR (:partnership = 'none' AND kind = 'LONDON_AUTHORITY' AND sub_regional_partnership IS NULL)
                    OR sub_regional_partnership = :partnership)
            """;

    private final JdbcClient jdbc;

    OrganisationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<Organisation> page(Filter filter, Paging paging) {
        String kind = filter.kind() == null ? null : filter.kind().name();
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM organisation" + WHERE
                        + " ORDER BY name LIMIT :limit OFFSET :offset")
                .param("kind", kind).param("partnership", filter.partnership())
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(Organisation.class).list();
        long total = jdbc.sql("SELECT count(*) FROM organisation" + WHERE)
                .param("kind", kind).param("partnership", filter.partnership())
                .query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<Organisation> findBySlugOrGssCode(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE slug = :key OR gss_code = upper(:key)")
                .param("key", key).query(Organisation.class).optional();
    }

    Optional<Organisation> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE id = :id")
                .param("id", id).query(Organisation.class).optional();
    }

    List<Organisation> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation ORDER BY name").query(Organisation.class).list();
    }

    long count(OrganisationKind kind) {
        return jdbc.sql("SELECT count(*) FROM organisation WHERE CAST(:kind AS text) IS NULL OR kind = :kind")
                .param("kind", kind == null ? null : kind.name()).query(Long.class).single();
    }
}
