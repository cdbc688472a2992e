package clinic.letdown.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words every page shares: the layout, error pages, the pager and the form error summary. */
@MessageBundle("webMsg")
public interface WebMessages {

    @Message("Skip to main content")
    String skipLink();

    @Message("Main")
    String mainNav();

    @Message("Clients")
    String navClients();

    @Message("Strategies")
    String navStrategies();

    @Message("Admin")
    String navAdmin();

    @Message("Accounts")
    String navAccounts();

    @Message("Reports")
    String navReports();

    @Message("Audit trail")
    String navAudit();

    @Message("My plan")
    String navMyPlan();

    @Message("Letdown log")
    String navLog();

    @Message("Learn")
    String navLearn();

    @Message("My account")
    String navAccount();

    @Message("Password")
    String navPassword();

    @Message("Sign out")
    String signOut();

    @Message("{clinic} · powered by Letdown Clinic, open-source practice software for lactation consultants.")
    String footer(String clinic);

    @Message("Letdown Clinic")
    String clinicSoftware();

    @Message("Language")
    String languageNav();

    @Message("English")
    String languageEn();

    @Message("Español")
    String languageEs();

    // ------------------------------------------------------------ error pages

    @Message("{#switch status}{#case 400}Request not understood{#case 403}Not allowed{#case 404}Page not found{#case 405}Not allowed{#case 413}Too large{#case 415}Not understood{#case 500}Something went wrong{#else}Error {status}{/switch}")
    String errorTitle(int status);

    @Message("{#switch status}{#case 400}We could not understand that request{#case 403}You do not have access to this page{#case 404}We cannot find that page{#case 405}That is not allowed here{#case 413}That was too large{#case 415}We could not read that{#case 500}Something went wrong on our side{#else}Error {status}{/switch}")
    String errorHeading(int status);

    @Message("The form may have expired or been sent from another page. Go back, reload the page and try again.")
    String error400();

    @Message("Your account does not have the role this page needs. If you think it should, ask the clinic's administrator.")
    String error403();

    @Message("The address may be mistyped, or the record may not exist.")
    String error404();

    @Message("The problem has been logged.")
    String error500Logged();

    @Message("The problem has been logged as incident")
    String error500Incident();

    @Message("Nothing you typed was saved; please try again, and tell the administrator if it happens again.")
    String error500();

    @Message("Go back and try again.")
    String errorOther();

    @Message("Error {status}")
    String errorCode(int status);

    @Message("Go to your home page")
    String errorHome();

    // ------------------------------------------------------------ pager, form errors

    @Message("Pages")
    String pages();

    @Message("Previous")
    String previous();

    @Message("Page {number}")
    String page(int number);

    @Message("Next")
    String next();

    @Message("{#if count == 1}Please correct the highlighted field; everything you typed is kept.{#else}Please correct the {count} highlighted fields; everything you typed is kept.{/if}")
    String correctFields(int count);

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Someone else changed this while you were editing. Their version is saved; your values are still here: check them and save again.")
    String staleEdit();
}
