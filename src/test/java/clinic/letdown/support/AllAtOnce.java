package clinic.letdown.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs tasks on threads of their own, none before every one is ready, so that they race for the same code. */
public final class AllAtOnce {

    private AllAtOnce() {
    }

    /**
     * Makes task i with {@code task.apply(i)} on the caller's thread (its setup is done before any starts),
     * runs them together and returns their answers in that order.
     */
    public static <T> List<T> run(int count, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CyclicBarrier together = new CyclicBarrier(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> one = task.apply(i);
                futures.add(pool.submit(() -> {
                    together.await();
                    return one.call();
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
