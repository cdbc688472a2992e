package clinic.letdown.appointment;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.account.Account;
import clinic.letdown.client.Client;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/**
 * An appointment as typed by a consultant (a new one, or a move of one): type, baby, consultant,
 * place, day and time in the clinic's zone, a video link, and her confirmation that she books
 * herself outside her hours.
 */
@TemplateData
public record BookingForm(@RestForm String typeId, @RestForm String babyId, @RestForm String consultantId,
        @RestForm String locationId, @RestForm String day, @RestForm String time, @RestForm String videoLink,
        @RestForm String confirmOutsideHours, @RestForm String version) {

    public static BookingForm blank(Long typeId, Long babyId, long consultantId, Long locationId, LocalDate day,
            LocalTime time) {
        return new BookingForm(FormFields.orEmpty(typeId), FormFields.orEmpty(babyId), String.valueOf(consultantId),
                FormFields.orEmpty(locationId), FormFields.orEmpty(day), time == null ? "" : time.toString(), "", "", "0");
    }

    public static BookingForm of(Appointment a, ZoneId zone) {
        ZonedDateTime start = a.startsAt.atZone(zone);
        return new BookingForm(String.valueOf(a.type.id), a.baby == null ? "" : String.valueOf(a.baby.id),
                String.valueOf(a.consultant.id), String.valueOf(a.location.id), start.toLocalDate().toString(),
                start.toLocalTime().toString(), FormFields.orEmpty(a.videoLink), "", String.valueOf(a.version));
    }

    public BookingForm withVersion(long v) {
        return new BookingForm(typeId, babyId, consultantId, locationId, day, time, videoLink, confirmOutsideHours,
                String.valueOf(v));
    }

    public boolean confirmed() {
        return "yes".equals(confirmOutsideHours);
    }

    /** The request, or null with a message at each field that is wrong. */
    public Bookings.Request check(Client client, List<AppointmentType> types, List<Account.Named> consultants,
            List<ClinicLocation> locations, ZoneId zone, FormErrors errors, AppointmentMessages m) {
        Long type = FormFields.id(typeId);
        AppointmentType chosenType = type == null ? null
                : types.stream().filter(t -> t.id.equals(type)).findFirst().orElse(null);
        if (chosenType == null) {
            errors.add("typeId", m.chooseOne());
        }
        Long baby = FormFields.id(babyId);
        if (!FormFields.isBlank(babyId) && (baby == null || client.babies.stream().noneMatch(b -> b.id.equals(baby)))) {
            errors.add("babyId", m.chooseOne());
        }
        Long consultant = FormFields.id(consultantId);
        if (consultant == null || consultants.stream().noneMatch(c -> c.id().equals(consultant))) {
            errors.add("consultantId", m.chooseOne());
        }
        Long location = FormFields.id(locationId);
        if (location == null || locations.stream().noneMatch(l -> l.id.equals(location))) {
            errors.add("locationId", m.chooseOne());
        }
        LocalDate date = null;
        if (FormFields.isBlank(day)) {
            errors.add("day", m.dateRequired());
        } else {
            date = FormFields.date(day, "day", errors, m.dateFormat());
        }
        LocalTime at = HoursForm.time(FormFields.text(time), "time", errors, m);
        String link = FormFields.text(videoLink);
        if (link != null && !isWebAddress(link)) {
            errors.add("videoLink", m.videoLinkFormat(Appointment.MAX_LINK));
        }
        if (errors.any()) {
            return null;
        }
        Instant start = ZonedDateTime.of(date, at, zone).toInstant();
        return new Bookings.Request(client.id, baby, type, consultant, location, start,
                chosenType.telehealth ? link : null, confirmed());
    }

    static boolean isWebAddress(String link) {
        if (link.length() > Appointment.MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
