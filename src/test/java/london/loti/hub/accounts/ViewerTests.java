package london.loti.hub.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTests {

    private final Viewer camdenEditor = new Viewer(1L, "Ed", 7L, Role.EDITOR, false);
    private final Viewer camdenMember = new Viewer(2L, "Mo", 7L, Role.MEMBER, false);
    private final Viewer partner = new Viewer(3L, "Pa", 40L, Role.PARTNER, false);
    private final Viewer admin = new Viewer(4L, "Ad", 35L, Role.ADMIN, false);

    @Test
    void anEditorChangesOnlyTheirOwnOrganisation() {
        assertThat(camdenEditor.canEdit(7)).isTrue();
        assertThat(camdenEditor.canEdit(12)).isFalse();
        assertThat(camdenMember.canEdit(7)).isFalse();
        assertThat(admin.canEdit(12)).isTrue();
        assertThat(Viewer.VISITOR.canEdit(7)).isFalse();
    }

    @Test
    void visibilityDecidesWhoReads() {
        assertThat(Viewer.VISITOR.canRead(Visibility.PUBLIC, 7)).isTrue();
        assertThat(Viewer.VISITOR.canRead(Visibility.MEMBERS, 7)).isFalse();
        assertThat(partner.canRead(Visibility.MEMBERS, 7)).isFalse();
        assertThat(camdenMember.canRead(Visibility.MEMBERS, 12)).isTrue();
        assertThat(camdenMember.canRead(Visibility.ORGANISATION, 12)).isFalse();
        assertThat(camdenMember.canRead(Visibility.ORGANISATION, 7)).isTrue();
        assertThat(admin.canRead(Visibility.ORGANISATION, 12)).isTrue();
    }

    @Test
    void theSqlFilterUsesTheViewersParameters() {
        assertThat(Visibility.sqlFilter("p.visibility", "p.organisation_id"))
                .contains(":viewerAdmin", ":viewerMember", ":viewerOrganisation");
        assertThat(Viewer.VISITOR.visibilityParameters()).containsEntry("viewerOrganisation", -1L)
                .containsEntry("viewerMember", false);
    }
}
