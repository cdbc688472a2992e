package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, triggers that refuse to change or remove an audit event (UPDATE, DELETE,
 * TRUNCATE), except linking it into the hash chain once (setting {@code chain_seq} and
 * {@code hash} while they are still empty, nothing else), and that keep the chain's head from
 * going back or away. A role that owns the table can still disable them: the app runs with a role
 * that does not (README, "A database role for the app"). On H2 this does nothing: H2's triggers
 * are Java classes that the restore tool would have to load, and whoever can write the database
 * file can drop a trigger anyway; there the file's permissions and the hash chain protect the trail.
 */
public class V59__Audit_trail_append_only_on_postgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql")) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF TG_OP = 'UPDATE' THEN
                            IF OLD.chain_seq IS NULL AND OLD.hash IS NULL
                                    AND NEW.chain_seq IS NOT NULL AND NEW.hash IS NOT NULL
                                    AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.action, NEW.record_type, NEW.record_id,
                                         NEW.client_id, NEW.detail, NEW.remote_address)
                                        IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor, OLD.action,
                                         OLD.record_type, OLD.record_id, OLD.client_id, OLD.detail, OLD.remote_address) THEN
                                RETURN NEW;
                            END IF;
                        END IF;
                        RAISE EXCEPTION 'the audit trail is append-only: % on audit_event refused', TG_OP
                            USING ERRCODE = 'insufficient_privilege';
                    END
                    $$""");
            ddl.execute("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()");
            ddl.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()");
            ddl.execute("""
                    CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF TG_OP = 'UPDATE' THEN
                            IF NEW.id = OLD.id AND NEW.last_seq >= OLD.last_seq AND NEW.settled_id >= OLD.settled_id THEN
                                RETURN NEW;
                            END IF;
                        END IF;
                        RAISE EXCEPTION 'the audit chain only moves forward: % on audit_chain_head refused', TG_OP
                            USING ERRCODE = 'insufficient_privilege';
                    END
                    $$""");
            ddl.execute("CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE OR DELETE ON audit_chain_head"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only()");
            ddl.execute("CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_forward_only()");
        }
    }
}
