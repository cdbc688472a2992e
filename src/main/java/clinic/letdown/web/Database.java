package clinic.letdown.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which database the app was built for: the embedded H2 (the default) or PostgreSQL (the {@code pg} profile). */
@ApplicationScoped
public class Database {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;

    public boolean onPostgres() {
        return kind.startsWith("postgres");
    }

    public boolean onH2() {
        return "h2".equalsIgnoreCase(kind);
    }
}
