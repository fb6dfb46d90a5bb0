package london.loti.hub.support;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A MockMvc like the shared one (every filter, Spring Security's test support) that does not print its requests
 * when a test fails: a test that sends thousands of them, some a megabyte long, says what failed itself.
 */
public final class QuietMockMvc {

    private QuietMockMvc() {
    }

    public static MockMvc of(WebApplicationContext context) {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        for (MockMvcBuilderCustomizer customizer : context.getBeansOfType(MockMvcBuilderCustomizer.class).values()) {
            if (customizer instanceof SpringBootMockMvcBuilderCustomizer) {
                var quiet = new SpringBootMockMvcBuilderCustomizer(context);
                quiet.setPrint(MockMvcPrint.NONE);
                quiet.customize(builder);
            } else {
                customizer.customize(builder);
            }
        }
        return builder.build();
    }
}
