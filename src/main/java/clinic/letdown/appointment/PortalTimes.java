package clinic.letdown.appointment;

import io.quarkus.qute.TemplateData;

/** The portal's configured times in words: its booking window, its cancellation cut-off, when the video link shows. */
@TemplateData
public record PortalTimes(String bookFrom, String bookUntil, String cancelCutoff, String videoShownBefore) {

    public static PortalTimes of(AppointmentConfig config, AppointmentMessages m) {
        return new PortalTimes(TimeSpan.of(config.bookFrom()).in(m), TimeSpan.of(config.bookUntil()).in(m),
                TimeSpan.of(config.cancelCutoff()).in(m), TimeSpan.of(config.videoLinkShownBefore()).in(m));
    }
}
