package london.loti.hub.web;

import london.loti.hub.support.IntegrationTest;
import london.loti.hub.support.PageWalk;
import london.loti.hub.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;


/** Every GET page and API list on the demo data, as a visitor and as the admin: none answers 500. */
class EveryPageIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aVisitorGetsNoServerError() throws Exception {
        PageWalk.of(context).assertNoServerErrorOnAnyRoute();
    }

    @Test
    void theAdminGetsNoServerError() throws Exception {
        PageWalk.of(context).signedInAs(Users.ADMIN.email(), demoPassword()).assertNoServerErrorOnAnyRoute();
    }
}
