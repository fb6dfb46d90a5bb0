package london.loti.hub.web;

import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.PageWalk;
import london.loti.hub.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every GET page and API list on the demo data, as a visitor and as the admin: none answers 500. */
class EveryPageIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

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
        PageWalk walk = new PageWalk(quiet(), context).signedInAs(Users.ADMIN.email(), demoPassword());
        assertThat(walk.walk(PageWalk.accessRowGets())).isEmpty();
        assertThat(walk.visits()).containsOnlyKeys(PageWalk.getPatterns(context));
    }
}
