package clinic.letdown.client;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words about clients and babies that Java code puts on pages (flash messages, checks, charts). */
@MessageBundle("clientMsg")
public interface ClientMessages {

    @Message("{#when status}{#is ACTIVE}Active{#is DISCHARGED}Discharged{/when}")
    String status(ClientStatus status);

    @Message("Enter a whole number.")
    String notANumber();

    @Message("Enter a whole number from {min} to {max}.")
    String between(int min, int max);

    @Message("Enter a date as year-month-day, for example 2026-03-14.")
    String invalidDate();

    @Message("The date cannot be in the future.")
    String dateInFuture();

    @Message("The date is too long ago.")
    String dateTooOld();

    @Message("A phone number has at least 6 digits.")
    String phoneTooShort();

    @Message("Choose a consultant from the list.")
    String noConsultant();

    @Message("Someone else changed this client while you were editing. Their changes are saved; yours are shown below: check them and save again.")
    String staleClient();

    @Message("Someone else changed this baby's details while you were editing. Their changes are saved; yours are shown below: check them and save again.")
    String staleBaby();

    @Message("Client {name} created.")
    String created(String name);

    @Message("Changes to {name} saved.")
    String saved(String name);

    @Message("{name} is discharged. The record is kept and can be reactivated at any time.")
    String discharged(String name);

    @Message("{name} is active again.")
    String reactivated(String name);

    @Message("{baby} added.")
    String babyAdded(String baby);

    @Message("{baby} saved.")
    String babySaved(String baby);

    @Message("{baby} removed.")
    String babyRemoved(String baby);

    @Message("A client keeps at least one baby: add the right baby first, or correct this one.")
    String lastBaby();

    @Message("{baby} is named in consultations, so the record stays. Correct the details instead.")
    String babyInConsultations(String baby);

    @Message("Severity of each letdown difficulty")
    String severityChartTitle();

    @Message("Severity from 0 (none) to 10 (worst) of each difficulty recorded at {count} consultations, from {first} to {last}. The table below gives every value.")
    String severityChartDescription(int count, String first, String last);

    @Message("{factor} {severity} on {date}")
    String severityPoint(String factor, int severity, String date);

    @Message("severity")
    String severityAxis();

    // ------------------------------------------------------------ portal accounts

    @Message("That username is already taken (usernames ignore upper and lower case).")
    String usernameTaken();

    @Message("{name} already has a portal account.")
    String alreadyHasAccount(String name);

    @Message("{name} has no portal account yet.")
    String noAccount(String name);

    @Message("Portal account {username} disabled: every session of it has ended and it can no longer sign in.")
    String accountDisabled(String username);

    @Message("Portal account {username} enabled: it can sign in again.")
    String accountEnabled(String username);

    // ------------------------------------------------------------ the baby's sex and measurements
    @Message("Choose female, male or not recorded.")
    String chooseSex();

    @Message("Enter centimetres with at most one decimal, for example 49.5.")
    String notACentimetreValue();

    @Message("Enter a value from {min} to {max} cm.")
    String centimetresBetween(String min, String max);
}
