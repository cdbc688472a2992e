package clinic.letdown.letdownlog;

import io.quarkus.qute.TemplateExtension;
import clinic.letdown.consultation.ConsultationLabels;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.web.EnumLabels;

/**
 * {@code {e.feedKind.label}} in templates, and a sign as the client logs it: the charting form's
 * words, but "Nothing I could feel" for none felt (she speaks of herself).
 */
@TemplateExtension
public class LetdownLogLabels {

    private static final EnumLabels<FeedKind, LetdownLogMessages> FEED_KINDS = new EnumLabels<>(FeedKind.class,
            LetdownLogMessages.class, LetdownLogMessages::feedKind);

    public static String label(FeedKind kind) {
        return FEED_KINDS.of(kind);
    }

    /** The sign in the client's words. */
    public static String clientWords(LetdownSign sign, LetdownLogMessages messages) {
        return sign == LetdownSign.NONE_FELT ? messages.noneFelt() : ConsultationLabels.label(sign);
    }
}
