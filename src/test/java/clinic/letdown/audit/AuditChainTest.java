package clinic.letdown.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit trail's hash chain: events are linked after their commit, in one valid chain whatever
 * the threads, rollbacks and commit order; the check names the first broken link of each kind of
 * tampering. Each tampering test puts the row back, so the chain is intact again for every other test.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainSealer sealer;

    @AfterEach
    void theChainIsIntactAfterEveryTest() throws Exception {
        sealer.seal();
        AuditChainCheck.Result result = ChainedEvents.verify();
        assertTrue(result.intact(), "left broken: " + result);
    }

    @Test
    void unlinkedEventsAreLinkedOldestFirstEachWithTheHashOfItsContentAndThePreviousHash() throws Exception {
        String mark = "chain " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.recordAs("chain-tester", "10.9.8.7", AuditAction.VIEW, RecordType.REPORT, (long) i, i == 1 ? null : 42L, mark + " " + i);
        }
        List<ChainedEvents.Row> written = ChainedEvents.withDetailStarting(mark);
        assertTrue(written.stream().allMatch(row -> row.chainSeq() == null && row.hash() == null),
                "written unlinked, by the one plain insert");

        sealer.seal();
        List<ChainedEvents.Row> rows = ChainedEvents.withDetailStarting(mark);
        for (int i = 0; i < rows.size(); i++) {
            ChainedEvents.Row row = rows.get(i);
            assertNotNull(row.chainSeq(), "linked: " + row);
            if (i > 0) {
                assertTrue(row.chainSeq() > rows.get(i - 1).chainSeq(), "in id order");
            }
            String previous = row.chainSeq() == 1 ? AuditChain.GENESIS : ChainedEvents.bySeq(row.chainSeq() - 1).hash();
            AuditChain.Event event = new AuditChain.Event(row.id(), ((java.time.OffsetDateTime) row.occurredAt()).toInstant(),
                    row.actor(), row.action(), row.recordType(), row.recordId(), row.clientId(), row.detail(),
                    row.remoteAddress());
            assertEquals(AuditChain.link(previous, row.chainSeq(), event), row.hash());
        }
        AuditChain.Head head = ChainedEvents.head();
        ChainedEvents.Row last = ChainedEvents.bySeq(head.lastSeq());
        assertEquals(last.hash(), head.lastHash(), "the head is the last link");
        assertEquals(0, sealer.seal(), "nothing is linked twice");
    }

    @Test
    void theLinkCoversEveryFieldAndTellsNullFromEmpty() {
        AuditChain.Event event = new AuditChain.Event(7, Instant.parse("2026-03-01T10:15:30.123456Z"), "ana",
                "VIEW", "Client", 3L, 3L, "", "10.0.0.1");
        String hash = AuditChain.link(AuditChain.GENESIS, 1, event);
        assertEquals(64, hash.length());
        List<AuditChain.Event> others = List.of(
                new AuditChain.Event(8, event.occurredAt(), "ana", "VIEW", "Client", 3L, 3L, "", "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt().plusNanos(1000), "ana", "VIEW", "Client", 3L, 3L, "", "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt(), "anb", "VIEW", "Client", 3L, 3L, "", "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt(), "ana", "UPDATE", "Client", 3L, 3L, "", "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt(), "ana", "VIEW", "Baby", 3L, 3L, "", "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt(), "ana", "VIEW", "Client", 4L, 3L, "", "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt(), "ana", "VIEW", "Client", 3L, null, "", "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt(), "ana", "VIEW", "Client", 3L, 3L, null, "10.0.0.1"),
                new AuditChain.Event(7, event.occurredAt(), "ana", "VIEW", "Client", 3L, 3L, "", "10.0.0.2"),
                // the same characters in two fields split differently
                new AuditChain.Event(7, event.occurredAt(), "an", "aVIEW", "Client", 3L, 3L, "", "10.0.0.1"));
        Set<String> hashes = new HashSet<>();
        hashes.add(hash);
        for (AuditChain.Event other : others) {
            assertTrue(hashes.add(AuditChain.link(AuditChain.GENESIS, 1, other)), "same hash for " + other);
        }
        assertFalse(hash.equals(AuditChain.link(AuditChain.GENESIS, 2, event)), "the place counts");
        assertFalse(hash.equals(AuditChain.link("1".repeat(64), 1, event)), "the previous hash counts");
    }

    /**
     * Eight threads write events, every fifth in a transaction that rolls back, while two sealers
     * link concurrently: one chain, every committed event in it once, no rolled-back one.
     */
    @Test
    void concurrentWritersRollbacksAndSealersMakeOneValidChain() throws Exception {
        String mark = "concurrent " + UUID.randomUUID();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int n = 0; n < 40; n++) {
                    int i = n;
                    String detail = mark + " t" + thread + " n" + i;
                    if (i % 5 == 4) {
                        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                            audit.record(AuditAction.UPDATE, RecordType.REPORT, (long) i, detail + " rolled back");
                            throw new IllegalStateException("the change fails");
                        }));
                    } else if (i % 2 == 0) {
                        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.UPDATE, RecordType.REPORT, 1L, detail));
                    } else {
                        audit.recordAs("chain-tester", null, AuditAction.VIEW, RecordType.REPORT, null, null, detail);
                    }
                }
                return null;
            }));
        }
        List<Future<Integer>> sealers = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            sealers.add(pool.submit(() -> {
                int linked = 0;
                while (writing.get()) {
                    linked += sealer.seal();
                }
                return linked;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<Integer> s : sealers) {
            s.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        sealer.seal();

        List<ChainedEvents.Row> rows = ChainedEvents.withDetailStarting(mark);
        assertEquals(8 * 32, rows.size(), "every committed event, and none rolled back");
        assertTrue(rows.stream().noneMatch(row -> row.detail().endsWith("rolled back")));
        assertTrue(rows.stream().allMatch(row -> row.chainSeq() != null), "all linked");
        assertEquals(rows.size(), rows.stream().map(ChainedEvents.Row::chainSeq).distinct().count(), "each place once");
        AuditChainCheck.Result result = ChainedEvents.verify();
        assertTrue(result.intact(), result.toString());
        assertEquals(0, result.pending());
    }

    /** An event whose transaction commits after a later id was linked is linked when it appears, after it. */
    @Test
    void anEventCommittedAfterALaterOneIsLinkedAfterIt() throws Exception {
        String mark = "late " + UUID.randomUUID();
        try (Connection slow = ChainedEvents.connection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action,"
                    + " detail) VALUES (?, 'chain-tester', 'UPDATE', ?)")) {
                insert.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
                insert.setString(2, mark + " first id, committed last");
                insert.executeUpdate();
            }
            audit.recordAs("chain-tester", null, AuditAction.VIEW, RecordType.REPORT, null, null, mark + " later id, committed first");
            sealer.seal();
            List<ChainedEvents.Row> seen = ChainedEvents.withDetailStarting(mark);
            assertEquals(1, seen.size(), "the open transaction's event is not visible yet");
            assertNotNull(seen.get(0).chainSeq());
            slow.commit();
        }
        sealer.seal();
        List<ChainedEvents.Row> rows = ChainedEvents.withDetailStarting(mark);
        assertEquals(2, rows.size());
        ChainedEvents.Row first = rows.get(0);
        ChainedEvents.Row later = rows.get(1);
        assertTrue(first.id() < later.id());
        assertTrue(first.chainSeq() > later.chainSeq(), "linked in the order it appeared: " + rows);
        assertTrue(ChainedEvents.verify().intact());
    }

    @Test
    void aChangedEventIsNamedAsTheFirstBrokenLink() throws Exception {
        List<ChainedEvents.Row> rows = linkedEvents("changed");
        ChainedEvents.Row target = rows.get(1);
        try {
            assertEquals(1, ChainedEvents.tamper("UPDATE audit_event SET detail = ? WHERE id = ?", "nothing to see",
                    target.id()));
            AuditChainCheck.Result result = ChainedEvents.verify();
            assertFalse(result.intact());
            assertEquals(AuditChainCheck.Breach.CHANGED, result.problem().breach());
            assertEquals(target.id(), result.problem().eventId());
            assertEquals(target.chainSeq(), result.problem().position());
            assertEquals(target.chainSeq() - 1, result.checked(), "every link before it holds");
        } finally {
            ChainedEvents.tamper("UPDATE audit_event SET detail = ? WHERE id = ?", target.detail(), target.id());
        }
        assertTrue(ChainedEvents.verify().intact(), "put back, it checks out again");
    }

    @Test
    void aRemovedEventIsNamedByItsPlace() throws Exception {
        ChainedEvents.Row target = linkedEvents("removed").get(1);
        try {
            assertEquals(1, ChainedEvents.tamper("DELETE FROM audit_event WHERE id = ?", target.id()));
            AuditChainCheck.Result result = ChainedEvents.verify();
            assertEquals(AuditChainCheck.Breach.REMOVED, result.problem().breach());
            assertEquals(target.chainSeq(), result.problem().position());
            assertNull(result.problem().eventId());
        } finally {
            ChainedEvents.putBack(target);
        }
    }

    @Test
    void removingTheNewestEventsShowsAgainstTheHead() throws Exception {
        List<ChainedEvents.Row> rows = linkedEvents("tail");
        ChainedEvents.Row newest = rows.get(rows.size() - 1);
        assertEquals(ChainedEvents.head().lastSeq(), newest.chainSeq());
        try {
            ChainedEvents.tamper("DELETE FROM audit_event WHERE id = ?", newest.id());
            AuditChainCheck.Result result = ChainedEvents.verify();
            assertEquals(AuditChainCheck.Breach.TAIL_REMOVED, result.problem().breach());
            assertEquals(newest.chainSeq(), result.problem().position());
        } finally {
            ChainedEvents.putBack(newest);
        }
    }

    @Test
    void twoEventsAtOnePlaceAreAForgedLink() throws Exception {
        List<ChainedEvents.Row> rows = linkedEvents("duplicated");
        ChainedEvents.Row forged = rows.get(2);
        try {
            ChainedEvents.tamper("UPDATE audit_event SET chain_seq = ? WHERE id = ?", rows.get(1).chainSeq(), forged.id());
            AuditChainCheck.Result result = ChainedEvents.verify();
            assertEquals(AuditChainCheck.Breach.DUPLICATED, result.problem().breach());
            assertEquals(forged.id(), result.problem().eventId());
        } finally {
            ChainedEvents.tamper("UPDATE audit_event SET chain_seq = ? WHERE id = ?", forged.chainSeq(), forged.id());
        }
    }

    /**
     * Once every event up to an id is linked and settled, an unlinked event below it can only have
     * been slipped in later: it is never linked, and the check names it.
     */
    @Test
    void anEventSlippedInBelowTheSettledIdIsNeverLinkedAndIsNamed() throws Exception {
        String mark = "slipped " + UUID.randomUUID();
        audit.recordAs("chain-tester", null, AuditAction.VIEW, RecordType.REPORT, null, null, mark + " before");
        // an id that a rolled-back transaction took and left free
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.record(AuditAction.UPDATE, RecordType.REPORT, 1L, mark + " gap");
            throw new IllegalStateException("rolled back");
        }));
        audit.recordAs("chain-tester", null, AuditAction.VIEW, RecordType.REPORT, null, null, mark + " after");
        sealer.seal();
        List<ChainedEvents.Row> rows = ChainedEvents.withDetailStarting(mark);
        long after = rows.get(1).id();
        long free = after - 1;
        assertNull(ChainedEvents.byId(free), "the rolled-back event's id is free");
        // as the sealer does 15 minutes later: everything up to here has been seen
        ChainedEvents.tamper("UPDATE audit_chain_head SET settled_id = ? WHERE id = 1 AND settled_id < ?", after, after);
        try {
            ChainedEvents.tamper("INSERT INTO audit_event (id, occurred_at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
                    free, rows.get(0).occurredAt(), "chain-tester", "VIEW", mark + " forged");
            sealer.seal();
            assertNull(ChainedEvents.byId(free).chainSeq(), "never linked");
            AuditChainCheck.Result result = ChainedEvents.verify();
            assertEquals(AuditChainCheck.Breach.SLIPPED_IN, result.problem().breach());
            assertEquals(free, result.problem().eventId());
        } finally {
            ChainedEvents.tamper("DELETE FROM audit_event WHERE id = ?", free);
        }
    }

    /** Three new events, linked; the chain is intact before the test tampers with them. */
    private List<ChainedEvents.Row> linkedEvents(String what) throws Exception {
        String mark = what + " " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.recordAs("chain-tester", "10.1.2.3", AuditAction.VIEW, RecordType.REPORT, (long) i, null, mark + " " + i);
        }
        sealer.seal();
        assertTrue(ChainedEvents.verify().intact());
        return ChainedEvents.withDetailStarting(mark);
    }
}
