package clinic.letdown.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word has its Spanish: each key of each message bundle (the {@code @Message} defaults of the
 * {@code @MessageBundle} interfaces) and of {@code ValidationMessages.properties} has a Spanish value,
 * and a Spanish value equal to its English one is a mistake unless the word is the same in both
 * languages ({@link #SAME_IN_BOTH}: names, units, numbers).
 */
public class SpanishBundlesTest {

    /** "bundle:key" whose Spanish is rightly the English text. Keep it short. */
    static final Set<String> SAME_IN_BOTH = Set.of("webMsg:no", "webMsg:errorCode", "webMsg:clinicSoftware",
            "webMsg:languageEn", "webMsg:languageEs", "logMsg:minutesPoint", "clientMsg:factor", "planMsg:plan",
            "consultationMsg:plan", "consultationMsg:factorLabel", "reportMsg:total", "reportMsg:minutes", "apptMsg:no",
            "apptMsg:minutesLong", "apptMsg:reminderStatus", "apptMsg:reportTotal", "billingMsg:npi");

    /** Every bundle of the app: its name and English texts by key (the method name). */
    static Map<String, Map<String, String>> englishBundles() {
        Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("clinic.letdown")) {
            if (!type.isAnnotatedWith(MessageBundle.class)) {
                continue;
            }
            Class<?> bundle = type.reflect();
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Map<String, String> words = bundles.computeIfAbsent(name, n -> new LinkedHashMap<>());
            for (Method method : bundle.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                if (message != null) {
                    String key = message.key().startsWith("<<") || message.key().isEmpty() ? method.getName()
                            : message.key();
                    words.put(key, message.value());
                }
            }
        }
        return bundles;
    }

    static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = SpanishBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
        return properties;
    }

    /** English texts of every bundle and of the validation messages, "bundle:key" -> text. */
    public static Map<String, String> allEnglish() {
        Map<String, String> all = new LinkedHashMap<>();
        englishBundles().forEach((bundle, words) -> words.forEach((key, text) -> all.put(bundle + ":" + key, text)));
        properties("ValidationMessages.properties").forEach((key, text) -> all.put("validation:" + key, (String) text));
        return all;
    }

    @Test
    void everyBundleKeyHasItsSpanish() {
        Map<String, Map<String, String>> bundles = englishBundles();
        assertTrue(bundles.size() >= 11, "bundles found: " + bundles.keySet());
        List<String> missing = new ArrayList<>();
        List<String> same = new ArrayList<>();
        Set<String> stale = new TreeSet<>();
        bundles.forEach((bundle, words) -> {
            Properties spanish = properties("messages/" + bundle + "_es.properties");
            compare(bundle, words, spanish, missing, same, stale);
        });
        Map<String, String> validation = new LinkedHashMap<>();
        properties("ValidationMessages.properties").forEach((k, v) -> validation.put((String) k, (String) v));
        compare("validation", validation, properties("ValidationMessages_es.properties"), missing, same, stale);
        assertTrue(missing.isEmpty(), missing.size() + " words without Spanish:\n" + String.join("\n", missing));
        assertTrue(same.isEmpty(), same.size() + " Spanish words equal to the English ones (translate them, or list "
                + "them in SAME_IN_BOTH if they are the same in both languages):\n" + String.join("\n", same));
        assertTrue(stale.isEmpty(), "Spanish keys no English text has (renamed or removed?): " + stale);
    }

    private static void compare(String bundle, Map<String, String> english, Properties spanish, List<String> missing,
            List<String> same, Set<String> stale) {
        english.forEach((key, text) -> {
            String es = spanish.getProperty(key);
            if (es == null || es.isBlank()) {
                missing.add(bundle + ":" + key + " = " + text);
            } else if (es.strip().equals(text.strip()) && !SAME_IN_BOTH.contains(bundle + ":" + key)) {
                same.add(bundle + ":" + key + " = " + text);
            }
        });
        for (String key : spanish.stringPropertyNames()) {
            if (!english.containsKey(key)) {
                stale.add(bundle + ":" + key);
            }
        }
    }
}
