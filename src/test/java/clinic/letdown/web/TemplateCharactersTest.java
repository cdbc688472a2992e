package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The templates' own text stays within Latin-1: a dash or an arrow beyond it is written as an HTML
 * character reference ({@code &mdash;}, {@code &rarr;}). A page is rendered into one string builder;
 * the first character beyond Latin-1 turns it into two bytes a character, and turning it back into
 * a string copies it twice more. Names typed in any script still
 * arrive whole ({@link PageEncodingTest}); this only keeps the common page compact.
 */
class TemplateCharactersTest {

    @Test
    void templatesWriteCharactersBeyondLatin1AsReferences() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).chars().anyMatch(c -> c > 0xFF)) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "write these characters as HTML references");
    }
}
