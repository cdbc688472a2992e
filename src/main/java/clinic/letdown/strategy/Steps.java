package clinic.letdown.strategy;

import java.util.Arrays;
import java.util.List;

/**
 * Instructions are typed one step per line; shown as a numbered list. Numbers or bullets typed
 * at the start of a line ("1.", "2)", "-") are dropped so they are not numbered twice.
 */
public final class Steps {

    private Steps() {
    }

    public static List<String> of(String instructions) {
        if (instructions == null) {
            return List.of();
        }
        return Arrays.stream(instructions.split("\\R")).map(Steps::withoutMarker).filter(s -> !s.isEmpty()).toList();
    }

    private static String withoutMarker(String line) {
        return line.strip().replaceFirst("^(\\d{1,2}[.)]|[-*\u2022])\\s+", "").strip();
    }
}
