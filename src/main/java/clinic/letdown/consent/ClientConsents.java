package clinic.letdown.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Language;

/**
 * Which consents a client has in force and which are missing (the client page, her portal page,
 * the physician report): {@code {inject:clientConsents.of(client)}} in a template.
 */
@ApplicationScoped
@Named("clientConsents")
public class ClientConsents {

    /** One kind: the document she would sign now and her signature in force, if any. */
    @TemplateData
    public record Line(ConsentKind kind, ConsentDocument.Version current, ConsentSignature inForce) {

        public boolean isGiven() {
            return inForce != null;
        }

        /** Signed against an older version than the current one in the same language. */
        public boolean isOlderVersion() {
            return inForce != null && current != null && inForce.language == current.language()
                    && inForce.docVersion < current.docVersion();
        }
    }

    /** Every kind with its state, in the order of {@link ConsentKind}. */
    @TemplateData
    public record Overview(List<Line> lines, List<ConsentSignature> history) {

        public List<Line> given() {
            return lines.stream().filter(Line::isGiven).toList();
        }

        public List<Line> missing() {
            return lines.stream().filter(l -> !l.isGiven()).toList();
        }
    }

    public Overview of(long clientId, Language language) {
        List<ConsentSignature> history = ConsentSignature.ofClient(clientId);
        Map<ConsentKind, ConsentDocument.Version> current = ConsentDocument.currentForEach(language);
        List<Line> lines = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            ConsentSignature inForce = history.stream().filter(s -> s.kind == kind && s.isInForce()).findFirst().orElse(null);
            lines.add(new Line(kind, current.get(kind), inForce));
        }
        return new Overview(lines, history);
    }

    /** Her sharing consent in force (the physician report may be sent), or null. */
    public ConsentSignature sharing(long clientId) {
        return ConsentSignature.inForce(clientId, ConsentKind.PHYSICIAN_SHARING);
    }
}
