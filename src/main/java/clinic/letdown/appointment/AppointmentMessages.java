package clinic.letdown.appointment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the calendar: pages ({apptMsg:key}), checks, flashes. Spanish: messages/apptMsg_es.properties. */
@MessageBundle("apptMsg")
public interface AppointmentMessages {

    @Message("{#when status}{#is BOOKED}Booked{#is CHECKED_IN}Checked in{#is COMPLETED}Completed{#is CANCELLED}Cancelled{#is NO_SHOW}No-show{/when}")
    String status(AppointmentStatus status);

    @Message("{#when kind}{#is ROOM}Clinic room{#is HOME_VISIT}Home visit{#is TELEHEALTH}Telehealth{/when}")
    String locationKind(LocationKind kind);

    @Message("{#when kind}{#is INITIAL}Initial consultation{#is FOLLOW_UP}Follow-up{#is TELEHEALTH}Telehealth{#is PHONE}Phone{/when}")
    String visitKind(VisitKind kind);

    @Message("{#when action}{#is BOOKED}Booked{#is RESCHEDULED}Moved{#is CHECKED_IN}Checked in{#is COMPLETED}Completed{#is CANCELLED}Cancelled{#is NO_SHOW}No-show{/when}")
    String change(ChangeAction action);

    @Message("Schedule")
    String navSchedule();

    @Message("Appointments")
    String navAppointments();

    @Message("Schedule")
    String scheduleTitle();

    @Message("Days around this one")
    String scheduleNav();

    @Message("Appointment types and locations")
    String setupTitle();

    @Message("Administration")
    String administration();

    @Message("Appointment types")
    String typesHeading();

    @Message("Locations")
    String locationsHeading();

    @Message("New appointment type")
    String newType();

    @Message("Edit appointment type")
    String editType();

    @Message("New location")
    String newLocation();

    @Message("Edit location")
    String editLocation();

    @Message("No appointment types yet.")
    String noTypes();

    @Message("No locations yet.")
    String noLocations();

    @Message("Working hours and time off")
    String hoursLink();

    @Message("Working hours and time off")
    String hoursTitle();

    @Message("Weekly working hours of {name}")
    String weeklyHoursOf(String name);

    @Message("In the clinic's time zone. A day may have several stretches, e.g. 09:00 to 12:00 and 13:00 to 17:00; save to get another empty row. Leave all times of a day empty for a day off.")
    String hoursHelp();

    @Message("Stretch {n}")
    String stretchNumber(int n);

    @Message("Time off")
    String timeOffHeading();

    @Message("No time off planned.")
    String noTimeOff();

    @Message("Add time off")
    String addTimeOff();

    @Message("Save working hours")
    String saveHours();

    @Message("Choose a consultant")
    String chooseConsultant();

    @Message("Show")
    String show();

    @Message("Remove")
    String remove();

    @Message("Save")
    String save();

    @Message("Back")
    String back();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("not offered")
    String inactive();

    @Message("Name")
    String nameLabel();

    @Message("Name in Spanish")
    String nameEsLabel();

    @Message("Shown to Spanish-speaking clients; the English name when empty.")
    String nameEsHelp();

    @Message("Length in minutes")
    String minutesLabel();

    @Message("Colour on the calendar")
    String colourLabel();

    @Message("Charted as")
    String visitKindLabel();

    @Message("The kind of visit \"Chart this visit\" fills in.")
    String visitKindHelp();

    @Message("Clients may book it in the portal")
    String clientBookableLabel();

    @Message("By video (telehealth)")
    String telehealthLabel();

    @Message("Offered")
    String activeLabel();

    @Message("Kind of place")
    String locationKindLabel();

    @Message("A clinic room holds one appointment at a time.")
    String locationKindHelp();

    @Message("Consultant")
    String consultantLabel();

    @Message("From")
    String startsLabel();

    @Message("Until")
    String endsLabel();

    @Message("From")
    String fromLabel();

    @Message("Until")
    String untilLabel();

    @Message("Note")
    String noteLabel();

    @Message("Date")
    String dateLabel();

    @Message("Show")
    String viewLabel();

    @Message("Day")
    String dayView();

    @Message("Week")
    String weekView();

    @Message("My schedule")
    String mine();

    @Message("All consultants")
    String allConsultants();

    @Message("Previous day")
    String previousDay();

    @Message("Next day")
    String nextDay();

    @Message("Previous week")
    String previousWeek();

    @Message("Next week")
    String nextWeek();

    @Message("Today")
    String today();

    @Message("Time off")
    String timeOff();

    @Message("Free ({minutes} min)")
    String freeMinutes(long minutes);

    @Message("Book")
    String bookHere();

    @Message("Everyone's week: for each consultant and day, the appointments booked and the free time. Open a day to see its times and book.")
    String weekOverview();

    @Message("{count} booked")
    String bookedCount(long count);

    @Message("Nothing booked")
    String noneBooked();

    @Message("No working hours and no appointments.")
    String nothingThisDay();

    @Message("No consultant to show.")
    String noConsultant();

    @Message("Type")
    String typeLabel();

    @Message("Choose a type")
    String chooseType();

    @Message("Baby")
    String babyLabel();

    @Message("No baby in particular")
    String noBaby();

    @Message("Place")
    String locationLabel();

    @Message("Day")
    String dayLabel();

    @Message("Time")
    String timeLabel();

    @Message("In the clinic's time zone.")
    String timeHelp();

    @Message("Video link")
    String videoLinkLabel();

    @Message("For telehealth: paste the meeting link, or leave empty for the clinic's meeting room.")
    String videoLinkHelp();

    @Message("I confirm: book this outside my working hours (or in my time off)")
    String confirmOutsideHours();

    @Message("Book an appointment")
    String bookTitle();

    @Message("Book")
    String book();

    @Message("Move the appointment")
    String move();

    @Message("Reschedule")
    String rescheduleTitle();

    @Message("Appointment of {name}")
    String appointmentOf(String name);

    @Message("Now on {when}.")
    String nowAt(String when);

    @Message("Book this time: which client?")
    String pickTitle();

    @Message("Client's name, phone or email")
    String findClient();

    @Message("Search")
    String search();

    @Message("No active client found.")
    String noClientFound();

    @Message("When")
    String whenLabel();

    @Message("{minutes} min")
    String minutesLong(long minutes);

    @Message("Status")
    String statusLabel();

    @Message("No link yet")
    String noVideoLink();

    @Message("Cancelled by")
    String cancelledByLabel();

    @Message("Reminder")
    String reminderLabel();

    @Message("By email to the client")
    String reminderByEmail();

    @Message("No email address on the client's record: no reminder is sent.")
    String noEmailNoReminder();

    @Message("Check in")
    String checkIn();

    @Message("Chart this visit")
    String chartThisVisit();

    @Message("Reschedule")
    String reschedule();

    @Message("No-show")
    String noShow();

    @Message("Reason for cancelling")
    String cancelReasonLabel();

    @Message("Cancel the appointment")
    String cancelAppointment();

    @Message("History")
    String historyHeading();

    @Message("Appointment type \"{name}\" saved.")
    String typeSaved(String name);

    @Message("Location \"{name}\" saved.")
    String locationSaved(String name);

    @Message("Working hours of {name} saved.")
    String hoursSaved(String name);

    @Message("Time off added.")
    String timeOffSaved();

    @Message("Time off removed.")
    String timeOffRemoved();

    @Message("Appointment booked for {when}.")
    String booked(String when);

    @Message("Appointment moved to {when}.")
    String rescheduled(String when);

    @Message("Appointment cancelled.")
    String cancelled();

    @Message("Checked in.")
    String checkedIn();

    @Message("Marked as a no-show.")
    String markedNoShow();

    @Message("Someone else changed this in the meantime. Check the values and save again.")
    String staleEdit();

    @Message("Enter a name.")
    String nameRequired();

    @Message("At most {max} characters.")
    String tooLong(int max);

    @Message("A whole number of minutes from {min} to {max}.")
    String minutesBetween(int min, int max);

    @Message("A colour such as #2f6f8f.")
    String colourFormat();

    @Message("Choose one of the options.")
    String chooseOne();

    @Message("The end must come after the start.")
    String endAfterStart();

    @Message("This stretch overlaps another one of the same day.")
    String stretchesOverlap();

    @Message("At most {max} stretches a day.")
    String tooManyStretches(int max);

    @Message("Enter a time.")
    String timeRequired();

    @Message("A time such as 09:30.")
    String timeFormat();

    @Message("Enter a date and time.")
    String dateTimeRequired();

    @Message("A date and time such as 2026-03-14 09:30.")
    String dateTimeFormat();

    @Message("Enter a day.")
    String dateRequired();

    @Message("A date such as 2026-03-14.")
    String dateFormat();

    @Message("A web address starting with https:// (at most {max} characters).")
    String videoLinkFormat(int max);

    @Message("Say why it is cancelled.")
    String reasonRequired();

    @Message("The consultant already has an appointment at that time. Choose another time.")
    String consultantBusy();

    @Message("That room is taken at that time. Choose another time or place.")
    String roomBusy();

    @Message("That time is outside the consultant's working hours.")
    String outsideHours();

    @Message("The consultant is away at that time.")
    String inTimeOff();

    @Message("The calendar is busy with another booking. Please send the form again.")
    String calendarBusy();

    @Message("This appointment is already closed (cancelled, completed or missed).")
    String closed();

    @Message("Book the follow-up")
    String bookFollowUp();

    @Message("No appointment coming.")
    String noneComing();

    @Message("My appointments")
    String myAppointments();

    @Message("Coming up")
    String comingHeading();

    @Message("Past appointments")
    String pastHeading();

    @Message("with {name}")
    String withConsultant(String name);

    @Message("Join the video call")
    String joinVideo();

    @Message("The link to the video call appears here {before} before the start.")
    String videoLater(String before);

    @Message("Place")
    String placeLabel();

    @Message("Please bring your baby, a spare diaper and clothes, and your pump parts or feeding notes if you use them.")
    String whatToBring();

    @Message("We have no email address for you, so no reminder is sent. Tell the clinic if you would like one.")
    String noEmailNoReminderClient();

    @Message("Cancel this appointment")
    String cancelMine();

    @Message("Less than {cutoff} before the start: to cancel or change this appointment now, please call the clinic.")
    String callToCancel(String cutoff);

    @Message("You can cancel here until {cutoff} before the start.")
    String cancelUntil(String cutoff);

    @Message("You can book from {from} to {until} ahead.")
    String bookingWindow(String from, String until);

    @Message("{n} {#if n == 1}day{#else}days{/if}")
    String spanDays(int n);

    @Message("{n} {#if n == 1}hour{#else}hours{/if}")
    String spanHours(int n);

    @Message("{n} {#if n == 1}minute{#else}minutes{/if}")
    String spanMinutes(int n);

    @Message("Book an appointment")
    String bookMine();

    @Message("You have no consultant yet: please call the clinic to book.")
    String noConsultantYet();

    @Message("Please call the clinic to book.")
    String callToBook();

    @Message("Which visit?")
    String whichVisit();

    @Message("Show free times")
    String showTimes();

    @Message("Free times for \"{type}\" with {name}. Choose one to book it.")
    String timesWith(String type, String name);

    @Message("Book {day} at {time}")
    String bookAt(String day, String time);

    @Message("No free time in the coming weeks. Please call the clinic.")
    String noFreeTime();

    @Message("That time is no longer free. Please choose another one.")
    String slotGone();

    @Message("It is less than {cutoff} before the start, too late to cancel here. Please call the clinic.")
    String tooLateToCancel(String cutoff);

    @Message("Cancelled by the client in the portal")
    String cancelledByClient();

    @Message("Your appointment on {when}")
    String mailSubjectBooked(String when);

    @Message("Your appointment has moved to {when}")
    String mailSubjectChanged(String when);

    @Message("Your appointment on {when} is cancelled")
    String mailSubjectCancelled(String when);

    @Message("Reminder: your appointment tomorrow, {when}")
    String mailSubjectDayBefore(String when);

    @Message("Hello {name},")
    String mailGreeting(String name);

    @Message("Your appointment is booked.")
    String mailBooked();

    @Message("Your appointment has changed. This is the new time:")
    String mailChanged();

    @Message("This appointment is cancelled:")
    String mailCancelled();

    @Message("A reminder of your appointment tomorrow:")
    String mailDayBefore();

    @Message("What: {type}")
    String mailWhat(String type);

    @Message("When: {when}")
    String mailWhen(String when);

    @Message("Where: {place}")
    String mailWhere(String place);

    @Message("With: {name}")
    String mailWith(String name);

    @Message("video call (the link is in the portal and in the calendar entry)")
    String mailVideo();

    @Message("To cancel or change it, sign in to the portal or call the clinic.")
    String mailChange();

    @Message("You can turn these emails off in the portal, under My appointments.")
    String mailOptOut();

    @Message("Email reminders")
    String remindersHeading();

    @Message("We email you when an appointment is booked, changed or cancelled, and the day before.")
    String remindersOn();

    @Message("You have turned appointment emails off.")
    String remindersOff();

    @Message("Turn appointment emails off")
    String turnRemindersOff();

    @Message("Turn appointment emails on")
    String turnRemindersOn();

    @Message("Your choice is saved.")
    String remindersSaved();

    @Message("{kind}: {status}")
    String reminderStatus(String kind, String status);

    @Message("The client turned reminders off in the portal.")
    String reminderOptedOut();

    @Message("{#when kind}{#is BOOKED}Booking email{#is CHANGED}Change email{#is CANCELLED}Cancellation email{#is DAY_BEFORE}Day-before reminder{/when}")
    String reminderKind(Reminder.Kind kind);

    @Message("{#when status}{#is PENDING}waiting{#is SENDING}being sent{#is SENT}sent{#is FAILED}could not be sent{#is SKIPPED}not needed{/when}")
    String reminderState(Reminder.Status status);

    @Message("My calendar feed")
    String feedTitle();

    @Message("A private address your calendar app (Google, Apple, Outlook) can subscribe to: your appointments of the last 30 and the next 180 days, clients shown by their initials only. Anyone with the address can read it: keep it to yourself, and renew it if it may have leaked.")
    String feedIntro();

    @Message("Copy this address into your calendar app now: it is shown only this once.")
    String feedShownOnce();

    @Message("Your feed works since {when}.")
    String feedActiveSince(String when);

    @Message("You have no calendar feed.")
    String feedNone();

    @Message("Make my calendar feed")
    String feedCreate();

    @Message("Renew the address (the old one stops working)")
    String feedRenew();

    @Message("Turn the feed off")
    String feedRevoke();

    @Message("Your calendar feed is off.")
    String feedRevoked();

    @Message("Month")
    String reportMonth();

    @Message("Total")
    String reportTotal();

    @Message("Appointments by status, per consultant and month")
    String reportByStatusTitle();

    @Message("No-shows, late cancellations and utilisation per consultant")
    String reportRatesTitle();

    @Message("No-show rate (%)")
    String reportNoShowRate();

    @Message("Late cancellation rate (%)")
    String reportLateCancelRate();

    @Message("Booked hours")
    String reportBookedHours();

    @Message("Working hours")
    String reportWorkingHours();

    @Message("Utilisation (%)")
    String reportUtilisation();

    @Message("Appointments that start in the period, by consultant, calendar month (in the clinic's time zone) and their status today.")
    String reportByStatusHow();

    @Message("No-show rate: no-shows out of all appointments. Late cancellation: cancelled within the portal's cut-off before the start. Utilisation: booked hours (not cancelled) out of the hours of the weekly working hours over the period's days, less the consultant's time off.")
    String reportRatesHow();

    @Message("Emails sent (dev mode)")
    String devMailsTitle();

    @Message("Dev mode uses the mock mailer: nothing leaves this computer. These are the latest reminders it would have sent, newest first.")
    String devMailsIntro();

    @Message("No email sent yet.")
    String devMailsNone();
}
