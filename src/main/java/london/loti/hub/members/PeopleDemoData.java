package london.loti.hub.members;

import java.util.List;
import london.loti.hub.demo.DemoData;
import org.springframework.stereotype.Component;

/** Demo people: a few officers in every London authority, with the job titles councils use. */
@Component
class PeopleDemoData implements DemoData {

    private record Post(String title, String roleFamily) {
    }

    private static final List<Post> POSTS = List.of(
            new Post("Chief Information Officer", "CHIEF_DIGITAL_AND_DATA"),
            new Post("Head of Digital Services", "PRODUCT_AND_DELIVERY"),
            new Post("Data Lead", "DATA"),
            new Post("Enterprise Architect", "ARCHITECTURE"),
            new Post("User Research Lead", "USER_CENTRED_DESIGN"),
            new Post("Information Governance Manager", "DATA"));
    private static final List<String> NAMES = List.of("Aisha Bello", "Callum Reid", "Deepa Nair", "Ethan Clarke",
            "Fatima Hassan", "George Osei", "Hannah Kerr", "Imran Qureshi", "Jess Morgan", "Kwame Asante",
            "Laura Fenn", "Mo Farouk", "Niamh Doyle", "Oliver Grant", "Parisa Tehrani", "Rhys Owen", "Sofia Russo",
            "Theo Baptiste", "Ursula Kent", "Vikram Rao", "Wendy Cho", "Xavier Lowe", "Yasmin Ali");

    private final OrganisationQueries organisations;
    private final PersonQueries people;

    PeopleDemoData(OrganisationQueries organisations, PersonQueries people) {
        this.organisations = organisations;
        this.people = people;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        int n = 0;
        for (Organisation organisation : organisations.all()) {
            if (organisation.kind() != OrganisationKind.LONDON_AUTHORITY) {
                continue;
            }
            for (int i = 0; i < 4; i++, n++) {
                Post post = POSTS.get((n + i) % POSTS.size());
                String name = NAMES.get((n * 5 + i) % NAMES.size());
                people.create(organisation.id(), name, post.title(), post.roleFamily(), null, null);
            }
        }
    }
}
