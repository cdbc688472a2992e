package clinic.letdown.appointment;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.account.Account;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.web.Choice;
import clinic.letdown.web.FormErrors;

/**
 * What the booking form shows (a new appointment, or a move of one): the choices, the typed values,
 * the errors, and whether the refusal may be overridden by the consultant booking for herself.
 */
@TemplateData
public record BookingPage(Client client, Appointment appointment, BookingForm form, FormErrors errors,
        List<Choice> types, List<Choice> babies, List<Choice> consultants, List<Choice> locations,
        boolean offerOverride, String action) {

    static BookingPage of(Client client, Appointment appointment, BookingForm form, FormErrors errors,
            boolean offerOverride, String action) {
        List<Choice> types = new ArrayList<>();
        for (AppointmentType t : AppointmentType.offered()) {
            types.add(new Choice(String.valueOf(t.id), t.shownName() + " (" + t.minutes + " min)"));
        }
        List<Choice> babies = new ArrayList<>();
        for (Baby b : client.babies) {
            babies.add(new Choice(String.valueOf(b.id), b.name));
        }
        List<Choice> consultants = new ArrayList<>();
        for (Account.Named c : Account.consultantNames()) {
            consultants.add(new Choice(String.valueOf(c.id()), c.displayName()));
        }
        List<Choice> locations = new ArrayList<>();
        for (ClinicLocation l : ClinicLocation.offered()) {
            locations.add(new Choice(String.valueOf(l.id), l.shownName()));
        }
        return new BookingPage(client, appointment, form, errors, types, babies, consultants, locations, offerOverride,
                action);
    }
}
