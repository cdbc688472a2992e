package clinic.letdown.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words about accounts that Java code puts on pages (flash messages, cross-field errors). */
@MessageBundle("accountMsg")
public interface AccountMessages {

    @Message("That username is already taken (usernames ignore upper and lower case).")
    String usernameTaken();

    @Message("Choose at least one role.")
    String noRole();

    @Message("The CLIENT role cannot be combined with another role.")
    String clientCombined();

    @Message("Client portal accounts are created from the client's page.")
    String clientFromClientPage();

    @Message("At least 8 characters.")
    String passwordTooShort();

    @Message("At most 72 bytes (about 72 letters).")
    String passwordTooLong();

    @Message("The two new passwords differ.")
    String passwordsDiffer();

    @Message("That is not your current password.")
    String wrongCurrentPassword();

    @Message("Choose a password different from the current one.")
    String passwordUnchanged();

    @Message("You cannot disable your own account or take away your own ADMIN role.")
    String notYourself();

    @Message("Someone else changed this account while you were editing it. Their version is saved; your changes are shown below - check them and save again.")
    String staleAccount();

    @Message("Account {username} created. Give them the temporary password; they choose their own at first sign-in.")
    String created(String username);

    @Message("Account {username} saved.")
    String saved(String username);

    @Message("Account {username} disabled: every session of it has ended.")
    String disabled(String username);

    @Message("Account {username} enabled.")
    String enabled(String username);

    @Message("New temporary password set for {username}; they must change it at their next sign-in.")
    String passwordReset(String username);

    @Message("Your password is changed. Your other sessions have been signed out.")
    String passwordChanged();

    @Message("Too many failed sign-in attempts.")
    String signInPausedTitle();

    @Message("Sign-in for this username is paused for a few minutes, longer after each further failure. From a device you signed in from before, your password still works. If you forgot it, ask the clinic.")
    String signInPaused();

    @Message("Wrong username or password.")
    String signInFailedTitle();

    @Message("Check both and try again. After 5 failed attempts, sign-in pauses for a minute, and longer after more.")
    String signInFailed();

    @Message("This password is one of the most common ones found in leaked password lists, so it is guessed first. Choose another, for example a few unrelated words.")
    String passwordCommon();

    @Message("The password must not contain the username.")
    String passwordContainsUsername();

    @Message("Your temporary password has expired. Ask the clinic for a new one.")
    String temporaryPasswordExpired();

    @Message("Too many wrong passwords: wait a few minutes and try again.")
    String confirmationPaused();

    @Message("Your password")
    String confirmationLabel();

    @Message("For your safety, type your password again to continue.")
    String confirmationHelp();

    @Message("At least 8 characters, not a common password and not your username. A few unrelated words make a strong password that is easy to remember.")
    String newPasswordHelp();

    // ------------------------------------------------------------ sign-in and password pages

    @Message("Sign in")
    String signIn();

    @Message("You are signed out.")
    String signedOut();

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("Clients: your consultant gives you your username and a first password.")
    String signInHelp();

    @Message("Change your password")
    String changePassword();

    @Message("You signed in with a temporary password. Choose your own password to continue.")
    String mustChange();

    @Message("Temporary password")
    String temporaryPassword();

    @Message("Current password")
    String currentPassword();

    @Message("New password")
    String newPassword();

    @Message("New password again")
    String newPasswordAgain();

    @Message("Change password")
    String changePasswordButton();

    // ------------------------------------------------------------ the language of one's own pages (on the account page)

    @Message("Your pages are in English from now on.")
    String languageSaved();

    @Message("Language")
    String languageTitle();

    @Message("The language of your pages")
    String languageLegend();

    @Message("Your portal, your plans and their printed copy follow it.")
    String languageHelp();

    @Message("Every page you open follows it; a client's pages follow her own language.")
    String languageStaffHelp();

    @Message("Save language")
    String saveLanguage();

    // ------------------------------------------------------------ the staff accounts pages (admin)

    @Message("Accounts")
    String accountsTitle();

    @Message("New staff account")
    String newStaff();

    @Message("Search by username or name")
    String searchAccounts();

    @Message("Search")
    String search();

    @Message("No account matches.")
    String noAccountMatches();

    @Message("Name")
    String name();

    @Message("Roles")
    String roles();

    @Message("Status")
    String status();

    @Message("Last sign-in")
    String lastSignIn();

    @Message("Active")
    String active();

    @Message("Disabled")
    String disabledTag();

    @Message("never")
    String never();

    @Message("Account pages")
    String accountPages();

    @Message("{#switch role}{#case 'ADMIN'}Administrator{#case 'CONSULTANT'}Consultant{#case 'CLIENT'}Client{#else}{role}{/switch}")
    String roleName(String role);

    @Message("Account {username}")
    String accountNamed(String username);

    @Message("This account is disabled: it cannot sign in.")
    String accountDisabledNotice();

    @Message("Username:")
    String usernameColon();

    @Message("Letters, digits and . _ @ -; upper and lower case count as the same.")
    String usernameHelp();

    @Message("Name as shown")
    String nameAsShown();

    @Message("Consultant: clients, consultations and care plans")
    String consultantRole();

    @Message("Administrator: accounts, strategy library, reports, audit trail")
    String adminRole();

    @Message("Give it to the person; they must choose their own at first sign-in. A random one is suggested.")
    String temporaryHelp();

    @Message("Save changes")
    String saveChanges();

    @Message("Create account")
    String createAccount();

    @Message("New temporary password")
    String newTemporary();

    @Message("Ends every session of this account; the person must choose a new password at the next sign-in.")
    String resetHelp();

    @Message("Reset password")
    String resetPassword();

    @Message("Access")
    String access();

    @Message("Created {date}.")
    String createdOn(String date);

    @Message("Last sign-in {date}.")
    String lastSignInOn(String date);

    @Message("Never signed in.")
    String neverSignedIn();

    @Message("Disable account")
    String disableAccount();

    @Message("Enable account")
    String enableAccount();
}
