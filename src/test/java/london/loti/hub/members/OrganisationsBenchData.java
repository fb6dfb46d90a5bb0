package london.loti.hub.members;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import london.loti.hub.bench.BenchData;
import london.loti.hub.bench.Copy;
import london.loti.hub.bench.Scale;

/**
 * Bench organisations: beside the 35 real ones of the reference data, invented UK councils (as public bodies, each
 * with an English GSS code of its type) and partners of every kind. Names are made from place-name parts, so
 * they read like councils and are unique.
 */
class OrganisationsBenchData implements BenchData {

    static final List<String> COLUMNS = List.of("slug", "name", "kind", "gss_code", "sub_regional_partnership",
            "inner_london_statutory", "inner_london_ons", "website", "summary", "created_at");

    private static final List<String> FIRST = List.of("Ash", "Bar", "Bel", "Brad", "Brook", "Burn", "Castle",
            "Chester", "Cold", "Dun", "East", "Elm", "Fair", "Ford", "Green", "Hart", "High", "King", "Lang", "Long",
            "Mar", "Mill", "New", "North", "Oak", "Red", "South", "Stan", "Stone", "West");
    private static final List<String> LAST = List.of("bury", "by", "field", "ford", "gate", "ham", "ley", "minster",
            "mouth", "stead", "ton", "well", "wick", "worth");
    /** Council types with the GSS entity code of each: unitary E06, non-metropolitan district E07, metropolitan E08. */
    private static final List<String[]> COUNCIL_TYPES = List.of(new String[] {"District Council", "E07"},
            new String[] {"Borough Council", "E07"}, new String[] {"City Council", "E06"},
            new String[] {"Council", "E06"}, new String[] {"Metropolitan Borough Council", "E08"});
    private static final List<String[]> PARTNER_KINDS = List.of(new String[] {"UNIVERSITY", "University of %s"},
            new String[] {"GOVTECH", "%s Digital Ltd"}, new String[] {"TECH_FOR_GOOD", "%s Civic Lab"},
            new String[] {"ACCELERATOR", "%s Innovation Catapult"}, new String[] {"FUNDER", "%s Foundation"});
    private static final Instant FIRST_CREATED = Instant.parse("2019-04-01T09:00:00Z");

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load(Scale scale, Copy copy) throws Exception {
        List<Object[]> rows = rows(scale);
        copy.into("organisation", COLUMNS, out -> {
            for (Object[] row : rows) {
                out.add(row);
            }
        });
    }

    /** The generated rows, in {@link #COLUMNS} order: the same for the same scale, every time. */
    static List<Object[]> rows(Scale scale) {
        Random random = Copy.random("organisations");
        List<String> places = new ArrayList<>();
        for (String first : FIRST) {
            for (String last : LAST) {
                places.add(first + last);
            }
        }
        Collections.shuffle(places, random);
        if (scale.councils() + scale.partners() > places.size()) {
            throw new IllegalArgumentException("At most " + places.size() + " generated organisations");
        }
        List<Object[]> rows = new ArrayList<>();
        int[] codes = {0, 0, 0};
        for (int i = 0; i < scale.councils(); i++) {
            String[] type = COUNCIL_TYPES.get(random.nextInt(COUNCIL_TYPES.size()));
            int entity = type[1].charAt(2) - '6';
            String gss = "%s%06d".formatted(type[1], 100 + ++codes[entity]);
            String name = places.get(i) + " " + type[0];
            rows.add(row(name, "PUBLIC_BODY", gss, name + " runs local services for its residents: housing, planning,"
                    + " waste and recycling, social care, libraries and parks.", rows.size()));
        }
        for (int i = 0; i < scale.partners(); i++) {
            String[] kind = PARTNER_KINDS.get(i % PARTNER_KINDS.size());
            String name = kind[1].formatted(places.get(places.size() - 1 - i));
            rows.add(row(name, kind[0], null, name + " works with councils on digital, data and technology,"
                    + " and takes part in LOTI as a partner.", rows.size()));
        }
        return rows;
    }

    private static Object[] row(String name, String kind, String gss, String summary, int n) {
        String slug = slug(name);
        return new Object[] {slug, name, kind, gss, null, null, null, "https://www." + slug + ".example", summary,
                FIRST_CREATED.plus(Duration.ofHours(7L * n))};
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
