package london.loti.hub.projects;

import java.util.List;

/** The five project examples of the founding report (its 'at least two exemplar projects per year' slide). */
final class Exemplars {

    record Exemplar(String lead, List<String> partners, Phase phase, ProjectCatalogue.Idea idea) {
    }

    private Exemplars() {
    }

    static final List<Exemplar> ALL = List.of(
            new Exemplar("london-councils", List.of("southwark", "camden", "hackney", "greater-london-authority"), Phase.DISCOVERY,
                    new ProjectCatalogue.Idea(ServiceArea.PLANNING, List.of("Pan London Planning Data Initiative"),
                            "Improve the quantity, quality and transparency of planning data, building on boroughs' work to develop open data standards for planning applications.",
                            "Planning applications are keyed in by hand and published differently by every borough. Business case: an estimated saving of more than £50,000 from eliminating manual inputting.",
                            "Planning officers, the GLA's London Development Database, developers and residents.",
                            List.of("planning", "open data", "data standards", "exemplar"))),
            new Exemplar("greater-london-authority", List.of("london-councils", "westminster", "islington"), Phase.IDEA,
                    new ProjectCatalogue.Idea(ServiceArea.CORPORATE_IT, List.of("Public service wi-fi across the London estate (GovRoam)"),
                            "Explore public service wi-fi: improve the consistency of wi-fi access across the public estate, for example by adopting GovRoam, so staff of any public body can connect in any building.",
                            "Officers working across councils, the NHS and the police cannot get online in each other's buildings. Business case: productivity gains from flexible working.",
                            "Staff of London's public bodies who work in shared or partner buildings.",
                            List.of("wi-fi", "govroam", "connectivity", "flexible working", "exemplar"))),
            new Exemplar("hackney", List.of("tower-hamlets", "newham", "islington"), Phase.ALPHA,
                    new ProjectCatalogue.Idea(ServiceArea.ECONOMY_SKILLS, List.of("Digital apprenticeship programme"),
                            "Collective spend of the apprenticeship levy to boost entry-level digital skills, building on Hackney's digital apprenticeships.",
                            "Boroughs struggle to recruit digital, data and technology specialists, while levy funds go unspent. Business case: maximise the benefit of existing levy spend and meet council employment objectives.",
                            "Young Londoners starting a digital career; council digital teams that host apprentices.",
                            List.of("apprenticeships", "skills", "recruitment", "exemplar"))),
            new Exemplar("camden", List.of("london-councils", "lambeth", "barnet", "hammersmith-and-fulham"), Phase.DISCOVERY,
                    new ProjectCatalogue.Idea(ServiceArea.CORPORATE_IT, List.of("Open standards platform for London boroughs"),
                            "Create an open standards platform shared across boroughs: specifications, module descriptions and APIs that councils publish and reuse.",
                            "Each borough writes its own specifications and depends on suppliers' proprietary interfaces. Business case: reduce reliance on external IT.",
                            "Council architects, developers and procurement teams; GovTech suppliers.",
                            List.of("open standards", "apis", "data standards", "exemplar"))),
            new Exemplar("greenwich", List.of("newham", "enfield", "greater-london-authority"), Phase.ALPHA,
                    new ProjectCatalogue.Idea(ServiceArea.TRANSPORT, List.of("Connected transport and smart streets"),
                            "Multi-borough and university collaborations with experimental street sensors, connectivity and mobility projects, ready for collective bids to government and other funders.",
                            "Single boroughs are too small to win national smart city funding or to test sensors at scale. Business case: developmental, through collective bids.",
                            "Transport planners, highways teams, universities and residents.",
                            List.of("smart streets", "sensors", "iot", "mobility", "exemplar"))));

    static final ProjectCatalogue.Idea CAMDEN_INTERNAL = new ProjectCatalogue.Idea(ServiceArea.DEMOCRACY,
            List.of("Members' enquiries case management replacement"),
            "Replacing the system that tracks councillors' enquiries on behalf of residents, before its contract ends.",
            "Enquiries are logged in an unsupported system; responses are late and councillors chase by email.",
            "Councillors, the members' enquiries team and every service that answers them.",
            List.of("case management", "councillors", "procurement"));
    static final ProjectCatalogue.Idea HACKNEY_MEMBERS = new ProjectCatalogue.Idea(ServiceArea.HOUSING,
            List.of("Housing repairs data standard"),
            "A shared data standard for housing repairs jobs, so that repairs systems, contractors and councils can exchange them.",
            "Every repairs system describes a job differently, so councils cannot compare performance or switch supplier easily.",
            "Housing repairs teams, contractors and suppliers of repairs systems.",
            List.of("housing", "repairs", "data standards"));
}
