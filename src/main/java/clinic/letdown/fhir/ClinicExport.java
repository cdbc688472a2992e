package clinic.letdown.fhir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.billing.ConsultantBilling;
import clinic.letdown.client.Client;

/**
 * The whole clinic as FHIR R4 resources in NDJSON files, zipped, written as it is made: clients are
 * read in batches of {@value #BATCH} (each batch's records in a few queries, in a read-only
 * transaction of its own whose persistence context ends with it), and each batch becomes one file per
 * resource type it holds, {@code Patient-000001.ndjson}, {@code Patient-000002.ndjson}, ... (FHIR
 * Bulk Data allows several files per type). A file is written into the ZIP as soon as its batch is
 * read, so the download starts at once and memory holds one batch, whatever the clinic's size; no
 * file is written to disk. A resource's id is the UUID of its bundle entry, and references read
 * {@code Type/id}.
 */
@ApplicationScoped
public class ClinicExport {

    static final int BATCH = 50;
    /** Resources many clients' bundles hold; the few there are stay in memory as ids (one per consultant). */
    private static final Set<String> SHARED = Set.of("Practitioner", "Questionnaire");

    @Inject
    ClientBundle bundles;

    @Inject
    FhirRecords records;

    /**
     * Writes the ZIP to {@code out}. {@code written} counts the resources per type in the files
     * written so far: all of them once this returns, what the reader got if it stops early.
     */
    public void write(OutputStream out, Map<String, Long> written) throws IOException {
        write(out, written, BATCH);
    }

    /** With batches of {@code clients} (tests make several files per type from a few clients). */
    void write(OutputStream out, Map<String, Long> written, int clients) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // the NDJSON repeats itself a lot: the fastest level makes it about as small, at a third of the time
        zip.setLevel(Deflater.BEST_SPEED);
        Map<String, TypeFile> files = new TreeMap<>();
        Set<String> shared = new HashSet<>();
        Map<Long, ConsultantBilling> billings = new HashMap<>();
        IParser parser = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
        long after = 0;
        while (true) {
            long from = after;
            // the batch is read and encoded inside its transaction, written to the reader after it (no
            // connection is held while a slow reader takes the bytes)
            Long last = QuarkusTransaction.requiringNew().call(() -> {
                Session session = Panache.getEntityManager().unwrap(Session.class);
                // nothing is changed: no snapshots to keep, no dirty check before every query
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                List<Client> batch = Client.<Client>find("from Client c left join fetch c.consultant where c.id > ?1 order by c.id",
                        from).page(0, clients).list();
                for (ClientBundle.Record r : records.of(batch)) {
                    Bundle bundle = bundles.buildWithIds(r, id -> billings.computeIfAbsent(id, ConsultantBilling::of));
                    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                        Resource resource = e.getResource();
                        String type = resource.fhirType();
                        if (SHARED.contains(type) && !shared.add(type + "/" + resource.getIdPart())) {
                            continue; // a consultant or the questionnaire: in every client's bundle, written once
                        }
                        files.computeIfAbsent(type, TypeFile::new).add(parser, resource);
                    }
                }
                return batch.isEmpty() ? null : batch.get(batch.size() - 1).id;
            });
            for (TypeFile file : files.values()) {
                file.writeTo(zip, written);
            }
            zip.flush();
            if (last == null) {
                break;
            }
            after = last;
        }
        zip.finish();
        zip.flush();
    }

    /** One resource type's lines of the current batch (the buffer is kept for the next batch), and its file number. */
    private static final class TypeFile {
        final String type;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        final Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        long lines;
        int files;

        TypeFile(String type) {
            this.type = type;
        }

        void add(IParser parser, Resource resource) throws IOException {
            parser.encodeResourceToWriter(resource, writer);
            writer.write('\n');
            lines++;
        }

        void writeTo(ZipOutputStream zip, Map<String, Long> written) throws IOException {
            writer.flush();
            if (lines == 0) {
                return;
            }
            zip.putNextEntry(new ZipEntry(String.format("%s-%06d.ndjson", type, ++files)));
            bytes.writeTo(zip);
            zip.closeEntry();
            written.merge(type, lines, Long::sum);
            bytes.reset();
            lines = 0;
        }
    }
}
