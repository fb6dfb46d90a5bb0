package london.loti.hub.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JdbcClient every module uses: Spring's, with fast record mapping (Spring Boot's steps aside for it). */
@Configuration(proxyBeanMethods = false)
class JdbcClientConfiguration {

    @Bean
    JdbcClient jdbcClient(NamedParameterJdbcTemplate jdbc) {
        return new RecordMappingJdbcClient(JdbcClient.create(jdbc));
    }
}
