package london.loti.hub.members;

import java.util.List;
import java.util.stream.Stream;
import london.loti.hub.accounts.AccountCreated;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.search.SearchDocument;
import london.loti.hub.search.SearchIndex;
import london.loti.hub.search.SearchSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Organisations and people in search. Organisations are public; people are for members, as on the organisation
 * pages. Both are reference or demo data indexed at start-up; a person created with a new account is indexed in
 * the account's transaction.
 */
@Configuration(proxyBeanMethods = false)
class MembersSearch {

    static final String ORGANISATION = "organisation";
    static final String PERSON = "person";

    private static final String PEOPLE = """
            SELECT p.id, p.full_name, p.job_title, r.name AS role_family, o.id AS organisation_id,
                   o.name AS organisation_name, coalesce(array_to_string(p.expertise_tags, '|'), '') AS tags,
                   coalesce(p.contact_about, '') AS contact_about
              FROM person p JOIN organisation o ON o.id = p.organisation_id
                   LEFT JOIN role_family r ON r.code = p.role_family
            """;

    private record PersonRow(long id, String fullName, String jobTitle, String roleFamily, long organisationId,
            String organisationName, String tags, String contactAbout) {
        SearchDocument document() {
            List<String> tagList = tags.isEmpty() ? List.of() : List.of(tags.split("\\|"));
            return new SearchDocument(PERSON, String.valueOf(id), organisationId, organisationName, Visibility.MEMBERS,
                    fullName, jobTitle, String.join(" ", roleFamily == null ? "" : roleFamily, organisationName,
                            String.join(" ", tagList), contactAbout),
                    "/people/" + id, null, tagList);
        }
    }

    static SearchDocument document(Organisation o) {
        String body = String.join(" ", o.kind().label(),
                o.subRegionalPartnership() == null ? "" : o.subRegionalPartnership(),
                o.gssCode() == null ? "" : o.gssCode(), o.website() == null ? "" : o.website());
        return new SearchDocument(ORGANISATION, String.valueOf(o.id()), o.id(), o.name(), Visibility.PUBLIC, o.name(),
                o.description(), body, "/organisations/" + o.slug(), null, List.of());
    }

    @Bean
    SearchSource organisationSearchSource(OrganisationQueries organisations) {
        return new SearchSource() {
            @Override
            public String kind() {
                return ORGANISATION;
            }

            @Override
            public String label() {
                return "Organisation";
            }

            @Override
            public long count() {
                return organisations.count(null);
            }

            @Override
            public Stream<SearchDocument> documents() {
                return organisations.all().stream().map(MembersSearch::document);
            }
        };
    }

    @Bean
    SearchSource personSearchSource(JdbcClient jdbc) {
        return new SearchSource() {
            @Override
            public String kind() {
                return PERSON;
            }

            @Override
            public String label() {
                return "Person";
            }

            @Override
            public String pluralLabel() {
                return "People";
            }

            @Override
            public int version() {
                return 2;
            }

            @Override
            public long count() {
                return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
            }

            @Override
            public Stream<SearchDocument> documents() {
                return jdbc.sql(PEOPLE).query(PersonRow.class).stream().map(PersonRow::document);
            }
        };
    }

    @Bean
    PersonIndexer personIndexer(JdbcClient jdbc, SearchIndex index) {
        return new PersonIndexer(jdbc, index);
    }

    /** Indexes the person of a new account just before the account's transaction commits. */
    static class PersonIndexer {
        private final JdbcClient jdbc;
        private final SearchIndex index;

        PersonIndexer(JdbcClient jdbc, SearchIndex index) {
            this.jdbc = jdbc;
            this.index = index;
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void on(AccountCreated account) {
            jdbc.sql(PEOPLE + " WHERE p.account_id = :account").param("account", account.accountId())
                    .query(PersonRow.class).optional().ifPresent(person -> index.put(person.document()));
        }

        /** Indexes a person again in the caller's transaction, after their profile changed. */
        void reindex(long personId) {
            jdbc.sql(PEOPLE + " WHERE p.id = :id").param("id", personId)
                    .query(PersonRow.class).optional().ifPresent(person -> index.put(person.document()));
        }
    }
}
