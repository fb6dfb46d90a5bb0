package london.loti.hub.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at /api/docs says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI lotiHubApi() {
        return new OpenAPI()
                .info(new Info().title("LOTI Hub API").version("v1").description("""
                        The records of the London Office of Technology and Innovation, for borough systems and the
                        GLA datastore. Reading what is public needs no token; an organisation's API token (created by
                        its editors in LOTI Hub, sent as `Authorization: Bearer <token>`) reads what its members may
                        and changes that organisation's records. Lists are paged with `page` (from 1) and `size`
                        (1 to 100). Errors are RFC 9457 problem details."""))
                .schemaRequirement("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
