package london.loti.hub.support;

import java.util.List;

/**
 * A module's rows of the access matrix. Each module has one implementation in its test package (such as
 * {@code members.MembersAccessRows}); {@code AccessMatrixIT} finds them all on the class path.
 */
public interface AccessRows {

    /**
     * One endpoint and what each kind of user gets from it.
     *
     * @param endpoint the method, the path with {@code {this}} for this council's slug (Camden) and
     *        {@code {other}} for another council's (Hackney), and optionally one form field as {@code name=value},
     *        separated by spaces, such as {@code "POST /organisations/{this}/api-tokens name="}
     */
    record Row(String endpoint, Outcome visitor, Outcome member, Outcome otherEditor, Outcome editor, Outcome admin) {
        public Outcome expectedFor(Users user) {
            return switch (user) {
                case VISITOR -> visitor;
                case MEMBER -> member;
                case OTHER_EDITOR -> otherEditor;
                case EDITOR -> editor;
                case ADMIN -> admin;
            };
        }
    }

    List<Row> rows();

    static Row row(String endpoint, Outcome visitor, Outcome member, Outcome otherEditor, Outcome editor, Outcome admin) {
        return new Row(endpoint, visitor, member, otherEditor, editor, admin);
    }

    /** Every module's rows, found on the class path. */
    static List<AccessRows> sources() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(AccessRows.class));
        return scanner.findCandidateComponents("london.loti.hub").stream().map(definition -> {
            try {
                var type = Class.forName(definition.getBeanClassName());
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return (AccessRows) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every row of every module. */
    static List<Row> all() {
        return sources().stream().flatMap(source -> source.rows().stream()).toList();
    }
}
