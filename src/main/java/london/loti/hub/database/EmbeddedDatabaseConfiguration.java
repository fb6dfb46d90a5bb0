package london.loti.hub.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With no {@code spring.datasource.url}, LOTI Hub runs on its own embedded PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataDirectoryLock dataDirectoryLock(@Value("${LOTI_DATA_DIR:./data}") Path dataDirectory) throws IOException {
        return DataDirectoryLock.acquire(dataDirectory);
    }

    @Bean
    EmbeddedPostgres embeddedPostgres(DataDirectoryLock lock, @Value("${LOTI_DATA_DIR:./data}") Path dataDirectory)
            throws IOException {
        Path binaryCache = Path.of(System.getProperty("java.io.tmpdir"), "loti-hub-postgres");
        return EmbeddedPostgres.start(dataDirectory, binaryCache);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) throws IOException {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.jdbcUrl())
                .username(EmbeddedPostgres.SUPERUSER)
                .password(postgres.password())
                .build();
    }
}
