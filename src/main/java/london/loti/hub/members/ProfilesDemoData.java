package london.loti.hub.members;

import java.util.List;
import java.util.Map;
import london.loti.hub.demo.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo profiles: expertise tags by role family, and what people are happy to be contacted about. */
@Component
class ProfilesDemoData implements DemoData {

    private static final Map<String, List<List<String>>> TAGS = Map.of(
            "CHIEF_DIGITAL_AND_DATA", List.of(List.of("digital strategy", "cloud"), List.of("digital strategy", "procurement")),
            "PRODUCT_AND_DELIVERY", List.of(List.of("agile", "service design"), List.of("agile", "digital inclusion")),
            "DATA", List.of(List.of("data science", "open data"), List.of("data sharing", "information governance")),
            "ARCHITECTURE", List.of(List.of("cloud", "apis"), List.of("open standards", "apis")),
            "USER_CENTRED_DESIGN", List.of(List.of("user research", "accessibility"), List.of("service design", "accessibility")));
    private static final List<String> CONTACT = List.of(
            "Sharing what we have learnt, and joint procurement",
            "Peer reviews and show and tells",
            "Collaborating on data projects across boroughs",
            "Mentoring and hosting visits from other councils");

    private final JdbcClient jdbc;

    ProfilesDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "profiles";
    }

    @Override
    public int order() {
        return 32;
    }

    @Override
    public void load() {
        record Row(long id, String roleFamily) {
        }
        var people = jdbc.sql("SELECT id, role_family FROM person WHERE role_family IS NOT NULL ORDER BY id")
                .query(Row.class).list();
        int n = 0;
        for (Row person : people) {
            var options = TAGS.get(person.roleFamily());
            List<String> tags = options == null ? List.of() : options.get(n % options.size());
            jdbc.sql("UPDATE person SET expertise_tags = CAST(:tags AS text[]), contact_about = :contact WHERE id = :id")
                    .param("tags", PersonProfiles.toArrayLiteral(tags)).param("contact", CONTACT.get(n % CONTACT.size()))
                    .param("id", person.id()).update();
            n++;
        }
    }
}
