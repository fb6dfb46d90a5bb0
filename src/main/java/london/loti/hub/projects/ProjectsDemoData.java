package london.loti.hub.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.demo.DemoData;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.members.PersonDirectory;
import org.springframework.stereotype.Component;

/**
 * About 200 London projects across the councils, the GLA and London Councils: the report's five exemplar ideas,
 * and the work councils do in every service, with phases, owners, collaborators, reusable assets and dated updates
 * (some gone quiet for months, to be nudged). Deterministic: a seeded random.
 */
@Component
class ProjectsDemoData implements DemoData {

    private static final int GENERATED = 193;
    private static final List<String> UPDATES = List.of(
            "Finished user research with residents and front-line staff; the biggest pain point is not knowing what happens after you report something.",
            "Prototype tested with 8 users. Most completed the journey unaided; the address lookup confused two of them, so we are changing it.",
            "Business case approved by the digital board. Procurement through the G-Cloud framework starts next month.",
            "Moved to private beta with one housing estate and two teams. Early feedback is good; calls on this topic fell by a fifth.",
            "Published our user research findings and the service pattern so other councils can reuse them.",
            "Paused for six weeks while the supplier fixes the integration with the back-office system.",
            "Show and tell held with four other boroughs; two want to reuse the code.",
            "Data protection impact assessment signed off, and the data-sharing agreement with partners is in place.",
            "Accessibility audit passed after fixing colour contrast and form labels.",
            "Now live for all residents. Next: measuring take-up and cost per transaction against the old service.",
            "Recruited a product manager and a user researcher for the next phase.",
            "We have agreed to use the shared open standard rather than build our own schema.");
    private static final List<String> LICENCES = List.of("MIT", "Open Government Licence v3.0", "Apache 2.0", "CC BY 4.0");

    private final Organisations organisations;
    private final PersonDirectory people;
    private final ProjectStore store;
    private final ProjectSearch search;
    private final Clock clock;

    ProjectsDemoData(Organisations organisations, PersonDirectory people, ProjectStore store, ProjectSearch search,
            Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.store = store;
        this.search = search;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Random random = new Random(4);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Organisation> all = organisations.list();
        List<Organisation> councils = all.stream().filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY).toList();
        List<Long> ids = new ArrayList<>();
        for (Exemplars.Exemplar exemplar : Exemplars.ALL) {
            Organisation lead = organisations.find(exemplar.lead()).orElseThrow();
            List<Long> partners = exemplar.partners().stream().map(slug -> organisations.find(slug).orElseThrow().id()).toList();
            ids.add(create(random, now, lead, exemplar.idea(), exemplar.idea().titles().get(0), exemplar.phase(),
                    Visibility.PUBLIC, partners, 250 + random.nextInt(200), editorOf(lead)));
        }
        // Two with restricted visibility at known places (projects 6 and 7), for the access matrix.
        Organisation camden = organisations.find("camden").orElseThrow();
        ids.add(create(random, now, camden, Exemplars.CAMDEN_INTERNAL, Exemplars.CAMDEN_INTERNAL.titles().get(0),
                Phase.BETA, Visibility.ORGANISATION, List.of(), 120, editorOf(camden)));
        Organisation hackney = organisations.find("hackney").orElseThrow();
        ids.add(create(random, now, hackney, Exemplars.HACKNEY_MEMBERS, Exemplars.HACKNEY_MEMBERS.titles().get(0),
                Phase.ALPHA, Visibility.MEMBERS, List.of(), 200, editorOf(hackney)));
        for (int i = 0; i < GENERATED; i++) {
            Organisation council = councils.get((i * 13) % councils.size());
            ProjectCatalogue.Idea idea = ProjectCatalogue.IDEAS.get((i * 7 + i / councils.size()) % ProjectCatalogue.IDEAS.size());
            String title = idea.titles().get(random.nextInt(idea.titles().size()));
            List<Long> partners = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                partners.add(councils.get(random.nextInt(councils.size())).id());
            }
            ids.add(create(random, now, council, idea, title, phase(random), visibility(random, i), partners,
                    20 + random.nextInt(700), null));
        }
        followsAndRequests(ids, now);
        ids.forEach(search::index);
    }

    private long create(Random random, OffsetDateTime now, Organisation organisation, ProjectCatalogue.Idea idea,
            String title, Phase phase, Visibility visibility, List<Long> partners, int daysAgo, Long fixedOwner) {
        OffsetDateTime created = now.minusDays(daysAgo).withHour(9 + random.nextInt(8)).withMinute(random.nextInt(60));
        List<PersonDirectory.PersonRef> owners = people.reachable(organisation.id());
        Long owner = owners.isEmpty() || random.nextInt(10) == 0 ? null : owners.get(random.nextInt(owners.size())).id();
        if (fixedOwner != null) {
            owner = fixedOwner;
        }
        LocalDate start = created.toLocalDate().minusDays(random.nextInt(60));
        LocalDate end = random.nextBoolean() ? start.plusMonths(6 + random.nextInt(30)) : null;
        String slug = organisation.slug();
        String path = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        boolean built = phase == Phase.BETA || phase == Phase.LIVE || phase == Phase.RETIRED;
        var values = new ProjectRules.Values(title, idea.summary(), idea.problem(), idea.users(), phase, idea.area(),
                idea.tags(), owner, partners, BudgetBand.values()[random.nextInt(BudgetBand.values().length)], start, end,
                built && random.nextBoolean() ? "https://code." + slug + ".example/" + path : null,
                phase == Phase.LIVE ? "https://www." + slug + ".example/" + path : null,
                built ? "https://docs." + slug + ".example/" + path : null, visibility);
        long id = store.insert(organisation.id(), values, null, created);
        store.activity(id, "CREATED", "Added to the register in the " + phase.label().toLowerCase() + " phase.", ProjectStore.Actor.LOTI_HUB, created);
        OffsetDateTime last = created;
        var author = owner == null ? new ProjectStore.Actor(null, organisation.name())
                : new ProjectStore.Actor(owner, people.find(owner).map(PersonDirectory.PersonRef::fullName).orElse(""));
        boolean quiet = random.nextInt(7) == 0;
        int updates = random.nextInt(5);
        long span = Math.max(1, daysAgo - (quiet ? 100 : 1));
        for (int u = 0; u < updates; u++) {
            OffsetDateTime at = created.plusDays(Math.min(span, (u + 1) * span / (updates + 1) + random.nextInt(5)));
            if (at.isAfter(now) || !at.isAfter(last)) {
                continue;
            }
            store.activity(id, "UPDATE", UPDATES.get(random.nextInt(UPDATES.size())), author, at);
            last = at;
        }
        store.touched(id, last);
        if (built && random.nextInt(3) == 0) {
            AssetKind kind = AssetKind.values()[random.nextInt(AssetKind.values().length)];
            store.addAsset(id, kind, title + " " + kind.label().toLowerCase(),
                    "https://code." + slug + ".example/" + path + "/" + kind.name().toLowerCase().replace('_', '-'),
                    LICENCES.get(random.nextInt(LICENCES.size())), last);
        }
        return id;
    }

    private Long editorOf(Organisation organisation) {
        return people.byEmail(organisation.id(), "editor@" + organisation.slug() + ".example")
                .map(PersonDirectory.PersonRef::id).orElse(null);
    }

    private static Phase phase(Random random) {
        int n = random.nextInt(20);
        return n < 2 ? Phase.IDEA : n < 6 ? Phase.DISCOVERY : n < 10 ? Phase.ALPHA : n < 14 ? Phase.BETA : n < 19 ? Phase.LIVE : Phase.RETIRED;
    }

    private static Visibility visibility(Random random, int i) {
        if (i < 33) {
            return Visibility.PUBLIC;
        }
        int n = random.nextInt(100);
        return n < 75 ? Visibility.PUBLIC : n < 93 ? Visibility.MEMBERS : Visibility.ORGANISATION;
    }

    /** Camden's demo accounts follow a few projects; Hackney's editor has asked to join one of Camden's. */
    private void followsAndRequests(List<Long> ids, OffsetDateTime now) {
        var camden = organisations.find("camden").orElseThrow();
        var hackney = organisations.find("hackney").orElseThrow();
        var editor = people.byEmail(camden.id(), "editor@camden.example");
        var member = people.byEmail(camden.id(), "member@camden.example");
        editor.ifPresent(e -> ids.subList(0, 3).forEach(id -> store.follow(id, e.accountId(), now.minusDays(20))));
        member.ifPresent(m -> store.follow(ids.get(1), m.accountId(), now.minusDays(10)));
        var hackneyEditor = people.byEmail(hackney.id(), "editor@hackney.example");
        Long camdenProject = ids.stream().skip(7).filter(id -> store.organisationOf(id) == camden.id()).findFirst().orElse(null);
        if (hackneyEditor.isPresent() && camdenProject != null) {
            store.request(camdenProject, hackneyEditor.get().accountId(), hackneyEditor.get().fullName(), hackney.id(),
                    "We are starting the same work in Hackney and would like to share research.", now.minusDays(3));
        }
    }
}
