package clinic.letdown.client;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.hibernate.annotations.Immutable;

/**
 * One row of the search index: a word a client is found by. Written only by
 * {@link ClientSearchIndex} (SQL), mapped so that searches can be written in JPQL.
 */
@Entity
@Immutable
@IdClass(ClientSearchTerm.Key.class)
public class ClientSearchTerm {

    @Id
    public String term;

    @Id
    public Long clientId;

    /** The client's {@link Client#sortName}, beside each term so that a word's matches come sorted from one index. */
    public String sortName;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String term;
        public Long clientId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(term, key.term) && Objects.equals(clientId, key.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, clientId);
        }
    }
}
