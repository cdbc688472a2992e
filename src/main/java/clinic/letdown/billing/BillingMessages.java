package clinic.letdown.billing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of billing: set-up, superbills, checks ({billingMsg:key}). Spanish: messages/billingMsg_es.properties. */
@MessageBundle("billingMsg")
public interface BillingMessages {

    // ---- the admin's set-up

    @Message("Administration")
    String administration();

    @Message("Billing details")
    String settingsTitle();

    @Message("The clinic as it appears on superbills: the name, address, NPI and tax ID an insurer needs to reimburse a client.")
    String settingsIntro();

    @Message("Billing set-up")
    String adminCardTitle();

    @Message("The clinic's billing details, fee schedule and diagnosis codes for superbills, and the revenue report.")
    String adminCardText();

    @Message("Name on superbills")
    String billingNameLabel();

    @Message("Address")
    String addressLabel();

    @Message("Street, city, state and ZIP code, on as many lines as needed.")
    String addressHelp();

    @Message("Clinic NPI")
    String clinicNpiLabel();

    @Message("The National Provider Identifier: 10 digits.")
    String npiHelp();

    @Message("Tax ID (EIN)")
    String taxIdLabel();

    @Message("9 digits, e.g. 12-3456789.")
    String taxIdHelp();

    @Message("Save")
    String save();

    @Message("Billing details saved.")
    String settingsSaved();

    @Message("Fee schedule")
    String feesTitle();

    @Message("The services the clinic bills, each with its CPT or HCPCS code and the clinic's fee. Superbills offer the codes in use.")
    String feesIntro();

    @Message("Example rows, marked below, came with the app: check each code and description against your coding references and set your own fee before you use them. Saving a row makes it yours.")
    String examplesNotice();

    @Message("Example")
    String example();

    @Message("Code system")
    String codeSystemLabel();

    @Message("Code")
    String codeLabel();

    @Message("Description")
    String descriptionLabel();

    @Message("Fee (US$)")
    String feeLabel();

    @Message("Status")
    String statusLabel();

    @Message("In use")
    String inUse();

    @Message("Retired")
    String retired();

    @Message("A retired code stays on the superbills that have it but is no longer offered.")
    String retiredHelp();

    @Message("Edit")
    String edit();

    @Message("Edit {code}")
    String editCode(String code);

    @Message("Add a service code")
    String addFee();

    @Message("Add the code")
    String addCode();

    @Message("{code} added.")
    String codeAdded(String code);

    @Message("{code} saved.")
    String codeSaved(String code);

    @Message("Choose CPT or HCPCS.")
    String chooseCodeSystem();

    @Message("A CPT code is five characters: four digits and a digit or letter, e.g. 99403.")
    String cptFormat();

    @Message("A HCPCS code is a letter and four digits, e.g. S9443.")
    String hcpcsFormat();

    @Message("This code is already in the list.")
    String codeTaken();

    @Message("Type a description (at most 300 characters).")
    String descriptionRequired();

    @Message("Type an amount in dollars and cents, from 0 to 99,999.99, e.g. 125 or 125.50.")
    String moneyFormat();

    @Message("Choose whether the code is in use.")
    String chooseStatus();

    @Message("Diagnosis codes")
    String diagnosesTitle();

    @Message("The ICD-10-CM codes superbills offer. The list came with common lactation codes (Z39.1, O92.x, P92.x); check them against the current ICD-10-CM release and add the ones your clinic uses.")
    String diagnosesIntro();

    @Message("Add a diagnosis code")
    String addDiagnosis();

    @Message("An ICD-10-CM code is a letter, two characters and up to four more after a dot, e.g. O92.79.")
    String icdFormat();

    // ---- the consultant's billing identity

    @Message("My billing details")
    String profileTitle();

    @Message("How you appear on superbills: your credentials and your own (individual) NPI.")
    String profileIntro();

    @Message("Credentials")
    String credentialsLabel();

    @Message("e.g. IBCLC, RN")
    String credentialsHelp();

    @Message("Your NPI")
    String ownNpiLabel();

    @Message("Your billing details are saved.")
    String profileSaved();

    @Message("Type your credentials (at most 100 characters).")
    String credentialsRequired();

    @Message("An NPI is 10 digits whose last digit checks the others; this one does not check out. Copy it again from the NPI registry.")
    String npiInvalid();

    @Message("A tax ID (EIN) is 9 digits, e.g. 12-3456789.")
    String taxIdInvalid();

    @Message("Type the clinic's name (at most 200 characters).")
    String billingNameRequired();

    @Message("Type the clinic's address (at most 500 characters).")
    String addressRequired();

    // ---- the superbill

    @Message("Superbill")
    String superbill();

    @Message("Superbill · {name}, {date}")
    String superbillTitle(String name, String date);

    @Message("Consultation of {date}")
    String consultationOf(String date);

    @Message("Prepare the superbill")
    String prepare();

    @Message("Edit the superbill")
    String editSuperbill();

    @Message("A statement of the services and diagnoses of this visit that the client sends her insurer to be reimbursed.")
    String formIntro();

    @Message("Services")
    String services();

    @Message("Choose each service from the fee schedule with its units. Empty rows are ignored.")
    String servicesHelp();

    @Message("Service {number}")
    String serviceNumber(int number);

    @Message("Service")
    String serviceLabel();

    @Message("Units")
    String unitsLabel();

    @Message("(none)")
    String none();

    @Message("Diagnoses")
    String diagnoses();

    @Message("Choose up to 12 ICD-10-CM codes; the first is the primary diagnosis.")
    String diagnosesHelp();

    @Message("Place of service")
    String placeLabel();

    @Message("Amount paid (US$)")
    String paidLabel();

    @Message("Paid by")
    String methodLabel();

    @Message("Not paid yet")
    String notPaid();

    @Message("Save the superbill")
    String saveSuperbill();

    @Message("Superbill saved.")
    String superbillSaved();

    @Message("Choose at least one service.")
    String serviceRequired();

    @Message("Choose a service from the list.")
    String chooseService();

    @Message("Type the units, a whole number from 1 to 99.")
    String unitsFormat();

    @Message("Choose at least one diagnosis code.")
    String diagnosisRequired();

    @Message("Choose diagnosis codes from the list (at most 12).")
    String chooseDiagnosis();

    @Message("Choose the place of service.")
    String choosePlace();

    @Message("Choose how the client paid.")
    String chooseMethod();

    @Message("Nothing paid needs no payment method.")
    String methodWithoutPayment();

    @Message("The fee schedule has no service in use yet: an admin adds the clinic's codes at Administration > Billing set-up.")
    String noServices();

    @Message("The clinic's billing details are incomplete: an admin completes them at Administration > Billing set-up.")
    String settingsIncomplete();

    @Message("Your credentials or NPI are missing.")
    String profileIncomplete();

    @Message("Add them")
    String addThem();

    @Message("Provider")
    String provider();

    @Message("Rendering provider")
    String renderingProvider();

    @Message("NPI")
    String npi();

    @Message("Tax ID")
    String taxId();

    @Message("Patient")
    String patient();

    @Message("Date of birth")
    String dateOfBirth();

    @Message("Baby")
    String baby();

    @Message("Date of service")
    String dateOfService();

    @Message("Code")
    String code();

    @Message("Description")
    String description();

    @Message("Pointer")
    String pointer();

    @Message("Fee")
    String fee();

    @Message("Amount")
    String amount();

    @Message("Total charges")
    String total();

    @Message("Amount paid")
    String paid();

    @Message("Balance due")
    String balance();

    @Message("Paid by {method}")
    String paidBy(String method);

    @Message("I certify that the services listed were provided.")
    String certify();

    @Message("Signature")
    String signature();

    @Message("No superbill has been prepared for this visit yet.")
    String noSuperbillYet();

    @Message("Prepared {date}.")
    String prepared(String date);

    @Message("Download as PDF")
    String downloadPdf();

    @Message("Back to the consultation")
    String backToConsultation();

    // ---- enum words

    @Message("{#when place}{#is OFFICE}Office{#is HOME}Patient's home{#is TELEHEALTH_HOME}Telehealth in the patient's home{#is TELEHEALTH_OTHER}Telehealth, not in the patient's home{/when}")
    String place(PlaceOfService place);

    @Message("{#when method}{#is CASH}Cash{#is CARD}Card{#is CHECK}Check{#is HSA_FSA}HSA or FSA card{#is OTHER}Other{/when}")
    String method(PaymentMethod method);

    // ---- the revenue report

    @Message("Revenue")
    String revenueTitle();

    @Message("Charges and payments on superbills, by month of service, consultant and code. Aggregates only: no client is named.")
    String revenueIntro();

    @Message("By month")
    String byMonth();

    @Message("By consultant")
    String byConsultant();

    @Message("By code")
    String byCode();

    @Message("Month")
    String month();

    @Message("Consultant")
    String consultant();

    @Message("Superbills")
    String superbills();

    @Message("Charges")
    String charges();

    @Message("Units")
    String units();

    @Message("No superbill yet.")
    String noRevenue();

    @Message("Download CSV")
    String downloadCsv();
}
