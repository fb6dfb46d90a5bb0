package london.loti.hub.web;

import london.loti.hub.support.EmptyIntegrationTest;
import london.loti.hub.support.PageWalk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh start without demo data, as the README's second command makes it: no programme years, rounds,
 * projects or contracts. Every GET page and API list answers without a server error, to a visitor and to the
 * first admin.
 */
class EmptyStartIT extends EmptyIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theDatabaseHoldsOnlyTheReferenceDataAndTheAdmin() {
        assertThat(jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single()).isEqualTo(35);
    }

    private org.springframework.test.web.servlet.MockMvc quiet() {
        return london.loti.hub.support.QuietMockMvc.of((org.springframework.web.context.WebApplicationContext) context);
    }

    @Test
    void aVisitorGetsNoServerError() throws Exception {
        PageWalk walk = new PageWalk(quiet(), context);
        assertThat(walk.walk(PageWalk.accessRowGets())).isEmpty();
        assertThat(walk.visits()).containsOnlyKeys(PageWalk.getPatterns(context));
    }

    @Test
    void theAdminGetsNoServerError() throws Exception {
        PageWalk walk = new PageWalk(quiet(), context).signedInAs(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(walk.walk(PageWalk.accessRowGets())).isEmpty();
        assertThat(walk.visits()).containsOnlyKeys(PageWalk.getPatterns(context));
    }
}
