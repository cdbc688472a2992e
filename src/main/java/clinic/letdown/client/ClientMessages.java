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

    @Message("Choose English or Spanish.")
    String chooseLanguage();

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

    // ------------------------------------------------------------ the client pages

    @Message("Clients")
    String clientsTitle();

    @Message("New client")
    String newClient();

    @Message("Edit {name}")
    String editNamed(String name);

    @Message("Search by client or baby name, phone or email")
    String searchLabel();

    @Message("Status")
    String statusLabel();

    @Message("Any status")
    String anyStatus();

    @Message("Consultant")
    String consultantLabel();

    @Message("Any consultant")
    String anyConsultant();

    @Message("Search")
    String search();

    @Message("No client matches. Try fewer or shorter words, or another filter.")
    String noMatch();

    @Message("No clients yet.")
    String noClients();

    @Message("Add the first one")
    String addFirst();

    @Message("Client list")
    String clientList();

    @Message("{#if q}Clients sorted by last name, matching \"{q}\", page {page}{#else}Clients sorted by last name, page {page}{/if}")
    String listCaption(String q, int page);

    @Message("Client")
    String client();

    @Message("Babies")
    String babies();

    @Message("Contact")
    String contact();

    @Message("Last visit")
    String lastVisit();

    @Message("Next follow-up")
    String nextFollowUp();

    @Message("none yet")
    String noneYet();

    @Message("Client list pages")
    String listPages();

    @Message("The parent")
    String theParent();

    @Message("First name")
    String firstName();

    @Message("Last name")
    String lastName();

    @Message("Date of birth")
    String dateOfBirth();

    @Message("Reads the app in")
    String languageLabel();

    @Message("Her portal, plans, handouts and emails are in this language.")
    String languageHelp();

    @Message("Other languages")
    String otherLanguages();

    @Message("Other languages she speaks or an interpreter she needs, for example \"interpreter: Somali\".")
    String otherLanguagesHelp();

    @Message("Phone")
    String phone();

    @Message("Email")
    String email();

    @Message("Assigned consultant")
    String assignedConsultant();

    @Message("Notes")
    String notes();

    @Message("Background the team should know: history, household, preferences. Visit notes go in each consultation.")
    String notesHelp();

    @Message("The baby")
    String theBaby();

    @Message("Save changes")
    String saveChanges();

    @Message("Create client")
    String createClient();

    @Message("Cancel")
    String cancel();

    @Message("Active")
    String activeTag();

    @Message("Discharged")
    String dischargedTag();

    @Message("Chart a consultation")
    String chartConsultation();

    @Message("Edit details")
    String editDetails();

    @Message("Discharge")
    String discharge();

    @Message("Reactivate")
    String reactivate();

    @Message("Details")
    String details();

    @Message("Born")
    String born();

    @Message("not recorded")
    String notRecorded();

    @Message("Language")
    String language();

    @Message("{#when tag}{#is 'es'}Spanish{#else}English{/when}")
    String languageName(String tag);

    @Message("Overdue: no visit charted since it was planned.")
    String overdue();

    @Message("None planned.")
    String nonePlanned();

    @Message("Last visit:")
    String lastVisitColon();

    @Message("Add a baby")
    String addBaby();

    @Message("No baby on record.")
    String noBaby();

    @Message("Babies of {name}")
    String babiesOf(String name);

    @Message("Name")
    String name();

    @Message("Gestational age")
    String gestationalAge();

    @Message("{weeks} weeks")
    String weeks(int weeks);

    @Message("Birth weight")
    String birthWeight();

    @Message("Actions")
    String actions();

    @Message("Edit")
    String edit();

    @Message("Letdown difficulties")
    String difficulties();

    @Message("No difficulty recorded at the last visit.")
    String noDifficultyLast();

    @Message("No consultation charted yet.")
    String noConsultation();

    @Message("At the last visit, {date}")
    String atLastVisit(String date);

    @Message("Latest difficulties")
    String latestDifficulties();

    @Message("Factor")
    String factor();

    @Message("Severity (0-10)")
    String severityColumn();

    @Message("Since the visit before")
    String sinceBefore();

    @Message("Detail")
    String detail();

    @Message("new")
    String newTag();

    @Message("down")
    String down();

    @Message("up")
    String up();

    @Message("unchanged")
    String unchanged();

    @Message("Severity across consultations")
    String severityAcross();

    @Message("Severity by consultation")
    String severityByConsultation();

    @Message("Severity by consultation (the chart's data)")
    String severityTableCaption();

    @Message("Consultations")
    String consultations();

    @Message("Difficulties")
    String difficultiesLabel();

    @Message("pain {score}/10")
    String painShort(Object score);

    @Message("transfer {ml} ml")
    String transferShort(Object ml);

    @Message("Physician report")
    String physicianReport();

    @Message("of {date}")
    String ofDate(String date);

    @Message("Portal and letdown log")
    String portalAndLog();

    @Message("Portal account")
    String portalAccount();

    @Message("Create portal account")
    String createPortalAccount();

    @Message("Her letdown log")
    String herLog();

    @Message("She signs in as")
    String signsInAs();

    @Message("disabled")
    String disabledTag();

    @Message("She has no portal account yet: with one she follows her plan and logs how letdown goes.")
    String noPortal();

    @Message("Baby's name")
    String babyName();

    @Message("Gestational age at birth (weeks)")
    String gestationalAgeLabel();

    @Message("Completed weeks, 22 to 44.")
    String gestationalAgeHelp();

    @Message("Birth weight (grams)")
    String birthWeightLabel();

    @Message("300 to 7,000 g.")
    String birthWeightHelp();

    @Message("Add a baby for {name}")
    String addBabyFor(String name);

    @Message("Add baby")
    String addBabyButton();

    @Message("Remove this baby")
    String removeBaby();

    @Message("Only for a baby added by mistake. A client keeps at least one baby, and a baby named in a consultation stays on record.")
    String removeBabyHelp();

    @Message("Remove {name}")
    String removeNamed(String name);

    // ------------------------------------------------------------ her portal account (staff page)

    @Message("Portal account of {name}")
    String portalAccountOf(String name);

    @Message("Portal account")
    String portalAccountTitle();

    @Message("With a portal account {name} signs in to read her care plan, log how letdown goes and learn about letdown. She sees only her own plans and log, never consultation notes.")
    String portalIntro(String name);

    @Message("Temporary password for")
    String temporaryFor();

    @Message("Give it to {name} now, in person or by phone. It is shown only this once: the clinic keeps only a scrambled form of it. At her first sign-in she chooses her own password.")
    String giveIt(String name);

    @Message("Account")
    String account();

    @Message("Username")
    String username();

    @Message("Can sign in")
    String canSignIn();

    @Message("; must choose her own password at the next sign-in")
    String mustChooseOwn();

    @Message("Disabled")
    String disabledCap();

    @Message(": cannot sign in")
    String cannotSignIn();

    @Message("Created")
    String createdLabel();

    @Message("Last sign-in")
    String lastSignIn();

    @Message("never")
    String never();

    @Message("{name} is discharged: she can still sign in and read her plans and log, but cannot add log entries. Disable the account if she should no longer sign in at all.")
    String dischargedPortal(String name);

    @Message("Password")
    String password();

    @Message("Forgotten password? A new temporary password ends all her sessions; she chooses her own at the next sign-in.")
    String forgotten();

    @Message("Reset password")
    String resetPassword();

    @Message("Access")
    String access();

    @Message("Disabling ends her sessions at once and stops her signing in. Her plans and log stay in her record.")
    String disablingEnds();

    @Message("Disable portal account")
    String disablePortal();

    @Message("Enable portal account")
    String enablePortal();

    @Message("Create her portal account")
    String createHers();

    @Message("Letters, digits and . _ @ -; a suggestion from her name is filled in. She signs in with it.")
    String usernameHelp();

    @Message("A temporary password is made for her and shown once on the next page.")
    String temporaryMade();
}
