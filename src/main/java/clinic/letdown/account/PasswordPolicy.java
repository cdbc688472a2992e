package clinic.letdown.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.UsernameRule;

/**
 * What a new password must be (NIST SP 800-63B 3.1.1.2): 8 characters to 72 bytes (bcrypt's
 * limit), not one of the 49,232 most common leaked passwords (the bundled list
 * {@code account/common-passwords.txt}, its source and licence in its header), and not containing
 * the username, forwards or backwards. Checked with Passay's dictionary and username rules.
 */
@ApplicationScoped
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    /** Why a password is refused; each has its message in AccountMessages. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, COMMON, CONTAINS_USERNAME
    }

    private volatile PasswordValidator validator;

    /** The first problem of {@code password} for the account {@code username}, if any. */
    public Optional<Problem> check(String username, String password) {
        if (Passwords.tooShort(password)) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (Passwords.tooLong(password)) {
            return Optional.of(Problem.TOO_LONG);
        }
        String name = Account.normalizeUsername(username);
        PasswordData data = name.isEmpty() ? new PasswordData(password) : new PasswordData(name, password);
        for (RuleResultDetail detail : validator().validate(data).getDetails()) {
            if (detail.getErrorCode().startsWith(DictionaryRule.ERROR_CODE)) {
                return Optional.of(Problem.COMMON);
            }
            if (detail.getErrorCode().startsWith(UsernameRule.ERROR_CODE)) {
                return Optional.of(Problem.CONTAINS_USERNAME);
            }
        }
        return Optional.empty();
    }

    /** The words for a refused password, in the account bundle. */
    public static String message(Problem problem, AccountMessages messages) {
        return switch (problem) {
            case TOO_SHORT -> messages.passwordTooShort();
            case TOO_LONG -> messages.passwordTooLong();
            case COMMON -> messages.passwordCommon();
            case CONTAINS_USERNAME -> messages.passwordContainsUsername();
        };
    }

    /** How many common passwords the list holds (the policy's documentation names the number). */
    public long commonPasswords() {
        validator();
        return ((DictionaryRule) validator.getRules().get(0)).getDictionary().size();
    }

    private PasswordValidator validator() {
        PasswordValidator ready = validator;
        if (ready == null) {
            ArrayWordList common = new ArrayWordList(readCommonPasswords(), false, new ArraysSort());
            ready = new DefaultPasswordValidator(new DictionaryRule(new WordListDictionary(common)),
                    new UsernameRule(true, true));
            validator = ready;
        }
        return ready;
    }

    private static String[] readCommonPasswords() {
        List<String> words = new ArrayList<>(50_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + COMMON_PASSWORDS, e);
        }
        return words.toArray(String[]::new);
    }
}
