package london.loti.hub.projects;

import java.util.List;
import java.util.Optional;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectRulesTests {

    private static final ProjectRules.Lookups LOOKUPS = new ProjectRules.Lookups() {
        @Override
        public String organisationName() {
            return "Camden";
        }

        @Override
        public Optional<Long> ownerByEmail(String email) {
            return email.equalsIgnoreCase("owner@camden.example") ? Optional.of(7L) : Optional.empty();
        }

        @Override
        public Optional<Long> organisationBySlug(String slug) {
            return slug.equals("hackney") ? Optional.of(12L) : Optional.empty();
        }
    };

    static ProjectInput valid() {
        return new ProjectInput("Housing repairs online", "Tenants report repairs online.", "", "", "beta", "HOUSING",
                List.of("repairs, Housing,  tenants "), "owner@camden.example", List.of("hackney"), "UNDER_50K",
                "2024-04-01", "31/3/2025", "https://github.com/camden/repairs", "", "", "public");
    }

    static ProjectInput with(String field, String value) {
        var v = valid();
        return new ProjectInput(field.equals("title") ? value : v.title(), field.equals("summary") ? value : v.summary(),
                v.problem(), v.users(), field.equals("phase") ? value : v.phase(), v.serviceArea(), v.tags(),
                v.ownerEmail(), v.collaborators(), v.budgetBand(), v.startDate(),
                field.equals("endDate") ? value : v.endDate(),
                field.equals("repositoryUrl") ? value : v.repositoryUrl(), v.serviceUrl(), v.documentationUrl(),
                field.equals("visibility") ? value : v.visibility());
    }

    static String messageFor(ProjectInput input, String field) {
        try {
            ProjectRules.check(input, LOOKUPS);
            return null;
        } catch (InvalidInputException e) {
            return e.errors().get(field);
        }
    }

    @Test
    void aValidProjectIsReadWithItsCodesAndLabels() {
        var values = ProjectRules.check(valid(), LOOKUPS);
        assertThat(values.phase()).isEqualTo(Phase.BETA);
        assertThat(values.serviceArea()).isEqualTo(ServiceArea.HOUSING);
        assertThat(values.tags()).containsExactly("repairs", "housing", "tenants");
        assertThat(values.ownerPersonId()).isEqualTo(7L);
        assertThat(values.collaboratorIds()).containsExactly(12L);
        assertThat(values.endDate()).hasToString("2025-03-31");
        assertThat(values.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void anEmptyTitleIsRefused() {
        assertThat(messageFor(with("title", "   "), "title")).isEqualTo("Enter a title");
    }

    @Test
    void onlyHttpAndHttpsLinksAreAccepted() {
        assertThat(messageFor(with("repositoryUrl", "javascript:alert(document.cookie)"), "repositoryUrl"))
                .isEqualTo("Code repository link must start with http:// or https://");
        assertThat(messageFor(with("repositoryUrl", "JavaScript://%0aalert(1)"), "repositoryUrl"))
                .isEqualTo("Code repository link must start with http:// or https://");
        assertThat(messageFor(with("repositoryUrl", "data:text/html,<script>"), "repositoryUrl")).isNotNull();
        assertThat(messageFor(with("repositoryUrl", "https://"), "repositoryUrl")).startsWith("Enter the code repository link");
        assertThat(messageFor(with("repositoryUrl", "HTTPS://Example.gov.uk/x"), "repositoryUrl")).isNull();
    }

    @Test
    void aTenMegabyteSummaryIsRefused() {
        assertThat(messageFor(with("summary", "a".repeat(10 * 1024 * 1024)), "summary"))
                .isEqualTo("Summary must be 5,000 characters or fewer");
        assertThat(messageFor(with("summary", "a".repeat(5000)), "summary")).isNull();
    }

    @Test
    void anUnknownPhaseIsRefusedSayingWhichAreKnown() {
        assertThat(messageFor(with("phase", "gamma"), "phase"))
                .isEqualTo("Phase must be one of idea, discovery, alpha, beta, live or retired");
        assertThat(messageFor(with("phase", ""), "phase")).isEqualTo("Select a phase");
    }

    @Test
    void theEndDateCannotBeBeforeTheStart() {
        assertThat(messageFor(with("endDate", "2024-03-31"), "endDate"))
                .isEqualTo("End date must be the same as or after the start date");
        assertThat(messageFor(with("endDate", "31/2/2025"), "endDate")).isEqualTo("End date must be a real date");
    }

    @Test
    void everyFieldReportsItsFirstProblemInFormOrder() {
        var input = new ProjectInput("", "", "", "", "gamma", "castles", List.of(), "nobody@camden.example",
                List.of("narnia"), "lots", "x", "", "ftp://x", "", "", "secret");
        try {
            ProjectRules.check(input, LOOKUPS);
        } catch (InvalidInputException e) {
            assertThat(e.errors().all().keySet()).containsExactly("title", "summary", "phase", "serviceArea",
                    "ownerEmail", "collaborators", "budgetBand", "startDate", "repositoryUrl", "visibility");
            assertThat(e.errors().get("ownerEmail")).isEqualTo("Owner must be someone at Camden with an account");
            return;
        }
        throw new AssertionError("expected errors");
    }

    @Test
    void tagsAreLimitedInNumberAndLength() {
        var eleven = new ProjectInput("t", "s", "", "", "idea", "HOUSING", List.of("a,b,c,d,e,f,g,h,i,j,k"), "",
                List.of(), "", "", "", "", "", "", "public");
        assertThatThrownBy(() -> ProjectRules.check(eleven, LOOKUPS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Enter 10 tags or fewer");
    }
}
