package clinic.letdown.fhir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.client.Client;

/**
 * The whole clinic as FHIR R4 resources, one NDJSON file per resource type (the file layout of a
 * FHIR Bulk Data export), zipped. Clients are read in batches of {@value #BATCH}, each in a
 * transaction of its own whose persistence context ends with it, and every resource is written to
 * its type's file as soon as it is made: memory holds one batch, whatever the clinic's size. A
 * resource's id is the UUID of its bundle entry, and references read {@code Type/id}.
 */
@ApplicationScoped
public class ClinicExport {

    static final int BATCH = 200;
    /** Resources many clients' bundles hold; the few there are stay in memory as ids (one per consultant). */
    private static final Set<String> SHARED = Set.of("Practitioner", "Questionnaire");
    private static final String PREFIX = "letdown-fhir-";

    @Inject
    ClientBundle bundles;

    @Inject
    FhirRecords records;

    /** The files written into a new private directory, with the number of resources per type. */
    public record Written(Path directory, Map<String, Long> counts) {
    }

    public Written write() {
        Path directory = privateDirectory();
        Map<String, BufferedWriter> writers = new HashMap<>();
        Map<String, Long> counts = new TreeMap<>();
        Set<String> shared = new HashSet<>();
        IParser parser = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
        try {
            long after = 0;
            while (true) {
                long from = after;
                Long last = QuarkusTransaction.requiringNew().call(() -> {
                    List<Client> batch = Client.find("id > ?1 order by id", from).page(0, BATCH).list();
                    for (Client client : batch) {
                        List<Bundle.BundleEntryComponent> entries = bundles.build(records.of(client)).getEntry();
                        Map<String, String> ids = new HashMap<>();
                        for (Bundle.BundleEntryComponent e : entries) {
                            ids.put(e.getFullUrl(), e.getResource().fhirType() + "/" + uuid(e));
                        }
                        for (Bundle.BundleEntryComponent e : entries) {
                            Resource r = e.getResource();
                            if (SHARED.contains(r.fhirType()) && !shared.add(ids.get(e.getFullUrl()))) {
                                continue; // a consultant or the questionnaire: in every client's bundle, written once
                            }
                            r.setId(uuid(e));
                            for (Reference ref : FhirContext.forR4Cached().newTerser()
                                    .getAllPopulatedChildElementsOfType(r, Reference.class)) {
                                String target = ids.get(ref.getReference());
                                if (target != null) {
                                    ref.setReference(target);
                                }
                            }
                            BufferedWriter out = writers.computeIfAbsent(r.fhirType(), type -> open(directory, type));
                            out.write(parser.encodeResourceToString(r));
                            out.write('\n');
                            counts.merge(r.fhirType(), 1L, Long::sum);
                        }
                    }
                    return batch.isEmpty() ? null : batch.get(batch.size() - 1).id;
                });
                if (last == null) {
                    break;
                }
                after = last;
            }
            for (BufferedWriter w : writers.values()) {
                w.close();
            }
            return new Written(directory, counts);
        } catch (IOException | RuntimeException e) {
            writers.values().forEach(ClinicExport::closeQuietly);
            delete(directory);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The NDJSON files as one ZIP, written to {@code out} (the files are read, not held). */
    public static void zip(Path directory, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    public static void delete(Path directory) {
        if (directory == null || !directory.getFileName().toString().startsWith(PREFIX) || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uuid(Bundle.BundleEntryComponent entry) {
        return entry.getFullUrl().substring("urn:uuid:".length());
    }

    private static BufferedWriter open(Path directory, String type) {
        try {
            return Files.newBufferedWriter(directory.resolve(type + ".ndjson"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(BufferedWriter w) {
        try {
            w.close();
        } catch (IOException e) {
            // the directory is deleted next
        }
    }

    private static Path privateDirectory() {
        try {
            return Files.createTempDirectory(PREFIX, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
