package nl.stapwijs.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.stapwijs.base.db.Database;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.ApplicationListener;

/**
 * Opens the database on a thread of its own while Spring reads its configuration and starts
 * Tomcat. Opening it (two connection pools, SQLite's native library, a look at the schema and
 * JDBI's first query, about 1,300 classes) is a tenth of a station's start-up and needs
 * nothing from Spring but the settings, which are final once the application is prepared.
 * The {@code database} bean takes the result, so nothing else changes: when the database
 * cannot be opened, start-up fails with the same exception as before.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so every context SpringApplication makes,
 * tests included, opens its database this way.
 */
public final class EarlyDatabase implements ApplicationListener<ApplicationPreparedEvent> {

    private static final String BEAN = "earlyDatabase";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableListableBeanFactory beans = event.getApplicationContext().getBeanFactory();
        if (beans.containsSingleton(BEAN) || Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            // Spring AOT, at build time, only reads the bean definitions: no database then.
            return;
        }
        StapwijsProperties properties = Binder.get(event.getApplicationContext().getEnvironment())
                .bindOrCreate("stapwijs", StapwijsProperties.class);
        Opening opening = new Opening(properties);
        beans.registerSingleton(BEAN, opening);
        if (beans instanceof DefaultSingletonBeanRegistry registry) {
            // Closes the database when start-up fails before the database bean took it.
            registry.registerDisposableBean(BEAN, opening);
        }
    }

    /** A database being opened; {@link #take()} hands it over to whoever closes it from then on. */
    static final class Opening implements DisposableBean {

        private final CompletableFuture<Database> database;
        private final AtomicBoolean taken = new AtomicBoolean();

        Opening(StapwijsProperties properties) {
            database = CompletableFuture.supplyAsync(() -> CommandSettings.openDatabase(properties),
                    work -> Thread.ofPlatform().name("database-opening").daemon().start(work));
        }

        /** Waits for the database; throws what opening it threw. */
        Database take() {
            taken.set(true);
            try {
                return database.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }

        @Override
        public void destroy() {
            if (!taken.getAndSet(true)) {
                database.thenAccept(Database::close).exceptionally(failed -> null).join();
            }
        }
    }
}
