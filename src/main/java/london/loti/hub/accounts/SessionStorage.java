package london.loti.hub.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), and every signed-in request records its last access. Those
 * writes commit without waiting for the disk ({@code synchronous_commit = off}, for their own transactions only):
 * a crash can lose a few last-access times, never a change to LOTI's records, and each request saves a disk
 * flush (about 6 ms on these machines; see docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    /** Spring Session takes the bean of this name for its transactions. */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        // Its own transaction, as Spring Session's default: a session may be saved while a read-only one is open.
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(status -> {
                    jdbc.execute("SET LOCAL synchronous_commit TO OFF");
                    return action.doInTransaction(status);
                });
            }
        };
    }
}
