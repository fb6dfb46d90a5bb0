package london.loti.hub.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements each request runs, exactly, for W6. In the bench run only, the application's
 * {@link DataSource} is wrapped so that every statement executed on a thread adds one to that thread's count, and
 * a servlet filter ahead of all others (Spring Session's and Spring Security's included) opens a count for a
 * request that carries {@link #HEADER} and keeps it under the header's value. Background work (the session
 * clean-up job, other requests) runs on other threads and is not counted.
 */
final class StatementCounter {

    static final String HEADER = "X-Bench-Statements";
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

    private final Map<String, Long> byRequest = new ConcurrentHashMap<>();

    /** Wraps every DataSource bean: a subclass proxy, so that beans typed as HikariDataSource still get one. */
    BeanPostProcessor dataSourceWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource)) {
                    return bean;
                }
                ProxyFactory factory = new ProxyFactory(bean);
                factory.setProxyTargetClass(true);
                factory.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed();
                    return result instanceof Connection connection ? counting(connection) : result;
                });
                return factory.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    Filter filter() {
        return (request, response, chain) -> {
            String id = ((HttpServletRequest) request).getHeader(HEADER);
            if (id == null) {
                chain.doFilter(request, response);
                return;
            }
            long[] count = new long[1];
            CURRENT.set(count);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                byRequest.put(id, count[0]);
            }
        };
    }

    /** The count of the request with this id, waiting a little for its filter to finish after the response. */
    long take(String id, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Long count = byRequest.remove(id);
            if (count != null) {
                return count;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("No statement count for request " + id);
    }

    private static Connection counting(Connection connection) {
        return (Connection) proxy(Connection.class, connection, (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement && method.getReturnType().isInterface()
                    && Statement.class.isAssignableFrom(method.getReturnType())) {
                return proxy(method.getReturnType(), statement, (p, m, a) -> {
                    if (m.getName().equals("getConnection")) {
                        // the wrapper, not the pool's connection: Spring compares it with the transaction's to
                        // decide whether closing a streamed query may close the connection
                        return proxy;
                    }
                    if (EXECUTES.contains(m.getName())) {
                        long[] count = CURRENT.get();
                        if (count != null) {
                            count[0]++;
                        }
                    }
                    return invoke(statement, m, a);
                });
            }
            return result;
        });
    }

    private static Object proxy(Class<?> type, Object target, InvocationHandler handler) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> args[0] == proxy;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "counting " + target;
                    default -> handler.invoke(proxy, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
