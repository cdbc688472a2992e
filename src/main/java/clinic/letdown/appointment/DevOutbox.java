package clinic.letdown.appointment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateData;
import io.quarkus.runtime.LaunchMode;

/** Dev mode only: the last reminders the (mock) mailer sent, for /dev/mails. Nothing is kept elsewhere. */
@ApplicationScoped
public class DevOutbox {

    static final int KEPT = 50;

    @TemplateData
    public record Sent(Instant at, String to, String subject, String text, boolean withIcs) {
    }

    private final LinkedList<Sent> sent = new LinkedList<>();

    public static boolean active() {
        return LaunchMode.current() == LaunchMode.DEVELOPMENT;
    }

    synchronized void add(Sent mail) {
        if (!active()) {
            return;
        }
        sent.addFirst(mail);
        while (sent.size() > KEPT) {
            sent.removeLast();
        }
    }

    public synchronized List<Sent> list() {
        return new ArrayList<>(sent);
    }
}
