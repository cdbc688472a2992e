package clinic.letdown.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;


/** Words of the reports that Java code puts in tables, charts and CSV files, and the filter's messages. */
@MessageBundle("reportMsg")
public interface ReportMessages {

    // ------------------------------------------------------------ the filter
    @Message("Enter a date like 2026-03-31.")
    String badDate();

    @Message("The end date must not be before the start date.")
    String toBeforeFrom();

    @Message("Choose a period of at most {years} years.")
    String rangeTooLong(int years);

    @Message("Choose a consultant from the list.")
    String unknownConsultant();

    @Message("{name} (disabled)")
    String disabledConsultant(String name);

    @Message("{name} (retired)")
    String retiredStrategy(String name);

    // ------------------------------------------------------------ activity
    @Message("Activity")
    String activityTitle();

    @Message("Figure")
    String figure();

    @Message("Number")
    String number();

    @Message("New clients")
    String newClients();

    @Message("Active clients (seen in the period)")
    String activeClients();

    @Message("Clients with 2 or more consultations")
    String followedUpClients();

    @Message("Consultations")
    String consultations();

    @Message("Clients and consultations in the period.")
    String activityChart();

    @Message("Consultations by kind")
    String kindsTitle();

    @Message("Kind")
    String kind();

    @Message("Share (%)")
    String share();

    @Message("Consultations in the period by kind of visit.")
    String kindsChart();

    @Message("Consultations by month")
    String monthsTitle();

    @Message("Month")
    String month();

    @Message("Total")
    String total();

    @Message("Consultations per month, one line per kind of visit and one for all.")
    String monthsChart();

    // ------------------------------------------------------------ caseload
    @Message("Caseload per consultant")
    String caseloadTitle();

    @Message("Consultant")
    String consultant();

    @Message("Active clients now")
    String activeClientsNow();

    @Message("Clients seen")
    String clientsSeen();

    @Message("Active clients now per consultant (the 20 largest caseloads).")
    String caseloadChart();

    // ------------------------------------------------------------ difficulties
    @Message("Difficulties at intake")
    String intakeTitle();

    @Message("Difficulty")
    String difficulty();

    @Message("New clients with it")
    String newClientsWithIt();

    @Message("Share of new clients (%)")
    String shareOfNewClients();

    @Message("Mean severity (0-10)")
    String meanSeverity();

    @Message("Share of new clients with each difficulty at their first consultation, in percent.")
    String intakeChart();

    // ------------------------------------------------------------ outcomes
    @Message("Change in severity, first to latest consultation")
    String outcomesTitle();

    @Message("Clients (n)")
    String clientsN();

    @Message("Mean at first")
    String meanAtFirst();

    @Message("Mean at latest")
    String meanAtLatest();

    @Message("Mean change")
    String meanChange();

    @Message("Resolved (n)")
    String resolved();

    @Message("Mean change in severity per difficulty, first to latest consultation of the period; bars to the left are improvements.")
    String outcomesChart();

    @Message("Goals due in the period")
    String goalsTitle();

    @Message("Status")
    String status();

    @Message("Goals")
    String goals();

    @Message("Share of goals due (%)")
    String shareOfGoalsDue();

    @Message("Goals due (cancelled ones left out)")
    String goalsDue();

    @Message("Cancelled (not counted as due)")
    String goalsCancelled();

    @Message("Goals due in the period by status.")
    String goalsChart();

    @Message("Care plans by status")
    String plansTitle();

    @Message("Plans")
    String plans();

    @Message("Care plans started in the period by their status today.")
    String plansChart();

    // ------------------------------------------------------------ strategies
    @Message("Most assigned strategies")
    String strategiesTitle();

    @Message("Strategy")
    String strategy();

    @Message("Share of plans (%)")
    String shareOfPlans();

    @Message("Clients")
    String clients();

    @Message("Plans started in the period that include each strategy (the 20 most assigned).")
    String strategiesChart();

    @Message("Minutes until letdown, with and without each strategy")
    String strategyLetdownTitle();

    @Message("Entries, tried")
    String entriesTried();

    @Message("Median minutes, tried")
    String medianTried();

    @Message("Did not come, tried")
    String didNotComeTried();

    @Message("Entries, not tried")
    String entriesNotTried();

    @Message("Median minutes, not tried")
    String medianNotTried();

    @Message("Did not come, not tried")
    String didNotComeNotTried();

    @Message("{strategy}: tried")
    String triedBar(String strategy);

    @Message("{strategy}: not tried")
    String notTriedBar(String strategy);

    @Message("Median minutes until letdown on log entries where each strategy was tried and where it was not (the 10 strategies with the most clients).")
    String strategyLetdownChart();

    @Message("{minutes} min")
    String minutes(String minutes);

    // ------------------------------------------------------------ the report's words for stored values
    @Message("Initial")
    String kindInitial();

    @Message("Follow-up")
    String kindFollowUp();

    @Message("Telehealth")
    String kindTelehealth();

    @Message("Phone")
    String kindPhone();

    @Message("Still in progress")
    String goalInProgress();

    // ------------------------------------------------------------ the report page

    @Message("{#switch name}{#case 'OUTCOMES'}Difficulties and outcomes{#case 'STRATEGIES'}Strategies{#else}Activity and caseload{/switch}")
    String sectionName(String name);

    @Message("Reports")
    String reportsTitle();

    @Message("The clinic's work and outcomes as counts, shares, means and medians over a period. No client is named and no note is shown, here or in the CSV files; every download is recorded in the audit trail.")
    String reportsLead();

    @Message("From")
    String fromLabel();

    @Message("To (included)")
    String toLabel();

    @Message("All consultants")
    String allConsultants();

    @Message("Show report")
    String showReport();

    @Message("{from} to {to} ({days} days),")
    String scopeDays(String from, String to, long days);

    @Message("only the clients assigned to {name} (every table counts those clients alone).")
    String onlyClientsOf(String name);

    @Message("all clients.")
    String allClients();

    @Message("Download CSV")
    String downloadCsv();

    @Message("of {title}")
    String ofTable(String title);

    @Message("{#switch id}{#case 'activity'}New clients: clients whose first consultation ever took place in the period. Active clients: clients with at least one consultation in the period. Consultations count by the day they started, in the clinic's time zone.{#case 'consultations-by-kind'}Every consultation that started in the period, by its kind of visit.{#case 'consultations-by-month'}The same consultations by calendar month; the first and last month count only the days inside the period.{#case 'caseload'}Active clients now: clients assigned to the consultant whose record is active today, whatever the period. Clients seen and consultations: consultations the consultant charted in the period. Every enabled consultant is listed, also one without clients; with a consultant chosen, only that consultant.{#case 'intake'}The difficulties recorded at each new client's first consultation. Share: new clients with the difficulty out of all new clients of the period (one client may have several). Mean severity: on the 0-10 scale, among the clients with it.{#case 'outcomes'}Clients with at least two consultations in the period: each difficulty's severity at the first and at the latest of them, for the clients who had it recorded at the first. A difficulty not charted again at the latest counts as 0 there (a follow-up starts with the earlier difficulties, so one left out was removed knowingly); a client with only one consultation in the period has no later score and is not counted. A negative change is an improvement. n: how many clients the means are taken over. Resolved: clients with it above 0 at the first and 0 or not charted at the latest.{#case 'goals'}Goals of care plans with a due date in the period, by their status today. Cancelled goals are not counted as due; the share achieved is achieved goals out of goals due.{#case 'plans'}Care plans created in the period, by their status today.{#case 'strategies'}Care plans created in the period (drafts left out) that include each strategy, most assigned first. Share of plans: out of all those plans.{#case 'strategy-letdown'}For each strategy, the clients whose care plans include it (drafts left out) and their letdown log entries in the period: entries where an activity of that strategy was tried before the feed or pumping session, against their entries where it was not. Median minutes: until letdown came, over the entries where it came; did not come counts the others. Most clients first.{/switch}")
    String howCounted(String id);

    @Message("Nothing to show for this period.")
    String nothingToShow();
}
