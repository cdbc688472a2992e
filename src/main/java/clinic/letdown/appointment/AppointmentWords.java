package clinic.letdown.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The calendar's words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class AppointmentWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    AppointmentMessages appointmentMessages(RequestLanguage language) {
        return language.words(AppointmentMessages.class);
    }

    /** Why a booking was refused, in the request's words. */
    public static String refusal(AppointmentMessages m, BookingRefused.Reason reason) {
        return switch (reason) {
            case CONSULTANT_BUSY -> m.consultantBusy();
            case ROOM_BUSY -> m.roomBusy();
            case OUTSIDE_HOURS -> m.outsideHours();
            case TIME_OFF -> m.inTimeOff();
            case CALENDAR_BUSY -> m.calendarBusy();
            case CLOSED -> m.closed();
        };
    }
}
