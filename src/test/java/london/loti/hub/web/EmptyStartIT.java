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

    @Test
    void aVisitorGetsNoServerError() throws Exception {
        PageWalk.of(context).assertNoServerErrorOnAnyRoute();
    }

    @Test
    void theAdminGetsNoServerError() throws Exception {
        PageWalk.of(context).signedInAs(ADMIN_EMAIL, ADMIN_PASSWORD).assertNoServerErrorOnAnyRoute();
    }
}
