package clinic.letdown.consent;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the consent feature: documents, signing, withdrawal, the report's sharing check. Spanish: messages/consentMsg_es.properties. */
@MessageBundle("consentMsg")
public interface ConsentMessages {

    @Message("{#when kind}{#is CARE}Assessment and care (including hands-on assessment){#is TELEHEALTH}Telehealth visits{#is PHOTOGRAPHS}Photographs{#is PHYSICIAN_SHARING}Sharing with the baby's physician{/when}")
    String kind(ConsentKind kind);

    @Message("{#when method}{#is PORTAL}signed in the portal{#is PAPER}paper form{/when}")
    String method(ConsentSignature.Method method);

    @Message("{#when tag}{#is 'es'}Spanish{#else}English{/when}")
    String language(String tag);

    @Message("Administration")
    String administration();

    @Message("Consent documents")
    String adminTitle();

    @Message("The texts clients sign, each version kept with what was signed against it.")
    String adminCardText();

    @Message("Each document has its own versions in each language. Publishing a new version never changes an earlier one: the signatures made against it keep pointing at the text that was read.")
    String adminIntro();

    @Message("Document")
    String colDocument();

    @Message("Language")
    String colLanguage();

    @Message("Version")
    String colVersion();

    @Message("Published")
    String colPublished();

    @Message("Signatures")
    String colSignatures();

    @Message("Title")
    String colTitle();

    @Message("Publish a new version")
    String publishNew();

    @Message("Publish a new version: {kind} ({language})")
    String publishNewOf(String kind, String language);

    @Message("Publish a consent document")
    String formTitle();

    @Message("The text starts from the current version. Write plainly: the client reads it on her phone. A blank line starts a new paragraph.")
    String formHelp();

    @Message("Document")
    String kindLabel();

    @Message("Language of this text")
    String languageLabel();

    @Message("Title")
    String titleLabel();

    @Message("Text")
    String bodyLabel();

    @Message("Publish")
    String publish();

    @Message("Cancel")
    String cancel();

    @Message("Published \"{title}\", version {version}. Earlier versions and their signatures are kept.")
    String published(String title, int version);

    @Message("Choose a document.")
    String chooseKind();

    @Message("Choose English or Spanish.")
    String chooseLanguage();

    @Message("Enter a title (up to 200 characters).")
    String titleRequired();

    @Message("Enter the text (up to 20,000 characters).")
    String bodyRequired();

    @Message("This is the text of the current version: change it before publishing a new one.")
    String unchanged();

    @Message("version {version}")
    String versionOf(int version);

    @Message("{title}, version {version} ({language})")
    String versionHeading(String title, int version, String language);

    /** After a document's title shown in its own language (marked lang). */
    @Message("version {version} ({language})")
    String versionInLanguage(int version, String language);

    @Message("Published on {date} by {who}.")
    String publishedOnBy(String date, String who);

    @Message("Published on {date} (starting text).")
    String publishedOn(String date);

    @Message("Signed {count} times against this version.")
    String signatureCount(long count);

    @Message("SHA-256 of the text")
    String hashLabel();

    @Message("All documents")
    String allVersions();

    @Message("Your consents")
    String portalTitle();

    @Message("Before your care starts, please read these documents and say whether you agree. You can withdraw a consent here at any time.")
    String portalIntro();

    @Message("Read and sign your consents")
    String portalLink();

    @Message("{count} consent{#if count != 1}s{/if} to read and sign")
    String portalMissing(int count);

    @Message("Given on {date} (version {version}, {language}).")
    String givenOn(String date, int version, String language);

    @Message("Not given.")
    String notGiven();

    @Message("Read and sign")
    String readAndSign();

    @Message("A new version: read and sign")
    String readAgain();

    @Message("Withdraw")
    String withdraw();

    @Message("Withdrawing is dated and kept in your record; it does not undo care already given.")
    String withdrawHelp();

    @Message("Read and sign: {title}")
    String signTitle(String title);

    @Message("Version {version}, published on {date}.")
    String signVersion(int version, String date);

    @Message("Your full name")
    String typedNameLabel();

    @Message("Type your full name as your signature.")
    String typedNameHelp();

    @Message("I have read this text and I agree to it.")
    String agreeLabel();

    @Message("Sign")
    String sign();

    @Message("Back to your consents")
    String back();

    @Message("Type your full name (2 to 200 characters).")
    String nameRequired();

    @Message("Tick the box to say that you have read the text and agree.")
    String agreeRequired();

    @Message("A newer version of this document was published while you were reading: please read it and sign again.")
    String newerVersion();

    @Message("You already gave this consent.")
    String alreadyGiven();

    @Message("Thank you: your consent to {kind} is recorded.")
    String signed(String kind);

    @Message("Your consent to {kind} is withdrawn.")
    String withdrawn(String kind);

    @Message("This consent is not in force.")
    String notInForce();

    @Message("The clinic has not published this document yet.")
    String noDocument();

    @Message("Consents of {name}")
    String clientTitle(String name);

    @Message("Consents")
    String consentsHeading();

    @Message("In force")
    String inForceHeading();

    @Message("Missing")
    String missingHeading();

    @Message("None in force.")
    String noneInForce();

    @Message("None missing.")
    String noneMissing();

    @Message("Consents and paper forms")
    String manage();

    @Message("Every consent given, with withdrawals")
    String historyHeading();

    @Message("Given")
    String colGiven();

    @Message("How")
    String colBy();

    @Message("Signed by")
    String colSigner();

    @Message("State")
    String colState();

    @Message("Scan")
    String colScan();

    @Message("Withdrawn on {date} by {who}")
    String withdrawnOn(String date, String who);

    @Message("In force")
    String inForce();

    @Message("No consent recorded yet.")
    String noHistory();

    @Message("Record a signed paper form")
    String paperHeading();

    @Message("For a consent signed on paper at the clinic: the version she signed, who signed and when, and where the scan is kept.")
    String paperHelp();

    @Message("Document version signed")
    String documentLabel();

    @Message("Signed by (full name on the form)")
    String signerLabel();

    @Message("Signed on")
    String signedOnLabel();

    @Message("Scan reference")
    String scanLabel();

    @Message("Where the scanned form is kept, for example the document number in the clinic's files.")
    String scanHelp();

    @Message("Record the paper consent")
    String recordPaper();

    @Message("Paper consent to {kind} recorded.")
    String paperRecorded(String kind);

    @Message("Choose the document version that was signed.")
    String chooseDocument();

    @Message("Enter the name on the form (2 to 200 characters).")
    String signerRequired();

    @Message("Enter the date it was signed (YYYY-MM-DD), not in the future.")
    String dateRequired();

    @Message("The date is before this version was published.")
    String dateTooOld();

    @Message("Enter where the scan is kept (up to 200 characters).")
    String scanRequired();

    @Message("Note (optional)")
    String noteLabel();

    @Message("Keep the note under 500 characters.")
    String noteTooLong();

    @Message("Withdraw the consent to {kind}")
    String withdrawFor(String kind);

    @Message("signed version {version}; a newer one exists")
    String olderVersion(int version);

    @Message("Client page")
    String clientPage();

    @Message("Consent to share")
    String sharingHeading();

    @Message("The parent consented to sharing this report with the baby's physician on {date} ({how}).")
    String sharingGiven(String date, String how);

    @Message("No consent to share with the baby's physician is in force: do not send this report.")
    String sharingMissing();

    @Message("Record her consent first (Consents and paper forms).")
    String sharingMissingAction();

    @Message("Marked sent on {date} to {to} by {who}.")
    String sentOn(String date, String to, String who);

    @Message("Not sent yet.")
    String notSent();

    @Message("Sent to (the physician or practice)")
    String sentToLabel();

    @Message("Mark as sent")
    String markSent();

    @Message("The report is marked sent.")
    String markedSent();

    @Message("Enter to whom it was sent (up to 200 characters).")
    String sentToRequired();

    @Message("This report cannot be marked sent: no consent to share with the baby's physician is in force.")
    String cannotSend();
}
