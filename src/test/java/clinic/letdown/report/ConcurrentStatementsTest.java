package clinic.letdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A report page's statements run concurrently: each in a transaction of its own, results in order, failures as thrown. */
@QuarkusTest
class ConcurrentStatementsTest {

    @Inject
    ConcurrentStatements concurrentStatements;

    @Inject
    TransactionManager transactions;

    @Test
    void partsRunAtOnceEachInItsOwnTransactionAndAnswerInTheirOrder() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Supplier<String> first = () -> {
            bothStarted.countDown();
            awaitOther(bothStarted);
            return "first in " + transactionId();
        };
        Supplier<String> second = () -> {
            bothStarted.countDown();
            awaitOther(bothStarted);
            return "second in " + transactionId();
        };
        List<String> results = concurrentStatements.runEachInItsOwnTransaction(List.of(first, second));
        assertEquals(2, results.size());
        assertTrue(results.get(0).startsWith("first in "), results.toString());
        assertTrue(results.get(1).startsWith("second in "), results.toString());
        assertNotEquals(results.get(0).substring(9), results.get(1).substring(10), "two transactions");
    }

    @Test
    void aPartsFailureIsThrownAsItWas() {
        Supplier<String> fine = () -> "fine";
        Supplier<String> failing = () -> {
            throw new IllegalArgumentException("bad statement");
        };
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> concurrentStatements.runEachInItsOwnTransaction(List.of(fine, failing)));
        assertEquals("bad statement", thrown.getMessage());
    }

    /** Waits for the other part: if the parts ran one after the other, this would time out. */
    private static void awaitOther(CountDownLatch bothStarted) {
        try {
            assertTrue(bothStarted.await(10, TimeUnit.SECONDS), "the other part runs at the same time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The current transaction as the transaction manager names it (its id included). */
    private String transactionId() {
        assertTrue(QuarkusTransaction.isActive(), "in a transaction");
        try {
            return transactions.getTransaction().toString();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }
}
