package london.loti.hub.bench;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import javax.sql.DataSource;
import london.loti.hub.LotiHubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * LOTI Hub as it is built from {@code src/main}, started in this JVM on the bench's data directory with its own
 * embedded PostgreSQL, plus three things for the bench only: the no-op endpoint of W1 and W2, and the statement
 * counter of W6 (a DataSource wrapper and a filter). Component scanning is kept to the application's own classes,
 * so nothing from the test sources (test clocks, test configuration) slips in.
 */
final class BenchServer implements AutoCloseable {

    /** W1's no-op: through every servlet filter and the dispatcher, to a handler that does nothing. */
    static final String NO_OP = "/bench/no-op";

    private final ConfigurableApplicationContext context;
    private final StatementCounter statements;

    private BenchServer(ConfigurableApplicationContext context, StatementCounter statements) {
        this.context = context;
        this.statements = statements;
    }

    static BenchServer start(Path dataDirectory) {
        StatementCounter statements = new StatementCounter();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LotiHubApplication.class)
                .initializers(applicationContext -> {
                    var beans = (GenericApplicationContext) applicationContext;
                    beans.getBeanFactory().registerSingleton("benchScansApplicationClassesOnly", new ApplicationClassesOnly());
                    beans.getBeanFactory().addBeanPostProcessor(statements.dataSourceWrapper());
                    beans.registerBean("benchNoOp", RouterFunction.class, () -> RouterFunctions.route()
                            .GET(NO_OP, request -> ServerResponse.noContent().build()).build());
                    beans.registerBean("benchStatementCounter", FilterRegistrationBean.class, () -> {
                        var registration = new FilterRegistrationBean<>(statements.filter());
                        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
                        return registration;
                    });
                })
                // on the command line, so that they win over any LOTI_* variables of the shell
                .run("--LOTI_DATA_DIR=" + dataDirectory.toAbsolutePath(), "--server.port=0", "--LOTI_DEMO=",
                        "--LOTI_ADMIN_EMAIL=", "--LOTI_ADMIN_PASSWORD=", "--spring.datasource.url=",
                        "--logging.level.org.springdoc=ERROR",
                        // the import pipeline's timings (read and check, COPY, merge) explain I1
                        "--logging.level.london.loti.hub.techmap.imports=INFO");
        return new BenchServer(context, statements);
    }

    URI base() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://localhost:" + port);
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    StatementCounter statements() {
        return statements;
    }

    @Override
    public void close() {
        context.close();
    }

    /** Keeps component scanning to the classes of the application itself (where LotiHubApplication is). */
    static final class ApplicationClassesOnly extends TypeExcludeFilter {
        private final String applicationClasses = location(LotiHubApplication.class);

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            try {
                return !reader.getResource().getURL().toString().startsWith(applicationClasses);
            } catch (java.io.IOException e) {
                return true;
            }
        }

        private static String location(Class<?> type) {
            URL url = type.getProtectionDomain().getCodeSource().getLocation();
            return url.toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ApplicationClassesOnly;
        }

        @Override
        public int hashCode() {
            return ApplicationClassesOnly.class.hashCode();
        }
    }
}
