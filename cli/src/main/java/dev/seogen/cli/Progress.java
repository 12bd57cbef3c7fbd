package dev.seogen.cli;

import dev.seogen.core.article.TokenUsage;
import dev.seogen.core.pipeline.ArticleOutcome;
import dev.seogen.core.pipeline.BatchListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a batch: done, failed, remaining, tokens, cost and time left. A bar on a terminal; plain
 * lines, at most one every ten seconds or each tenth of the batch, when the output goes to a log.
 */
abstract class Progress implements BatchListener {
    private int total;
    private int done;
    private int failed;
    private TokenUsage usage = TokenUsage.NONE;
    private BigDecimal cost = BigDecimal.ZERO;

    static Progress of(CliContext context, PrintStream terminal, PrintWriter log) {
        return context.interactive() ? new Bar(terminal) : new Lines(log, context.clock());
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        show(true);
    }

    @Override
    public synchronized void finished(ArticleOutcome outcome) {
        done++;
        if (outcome.status() == ArticleOutcome.Status.FAILED) {
            failed++;
        }
        usage = usage.plus(outcome.usage());
        cost = cost.add(outcome.cost());
        show(false);
    }

    @Override
    public synchronized void ended() {
        close();
    }

    abstract void show(boolean first);

    void close() {}

    int total() {
        return total;
    }

    int done() {
        return done;
    }

    /** "3 failed · 1.2M tokens · cost 0.53" */
    String counters() {
        String spent = failed + " failed · " + Format.tokens(usage.total()) + " tokens";
        return cost.signum() > 0 ? spent + " · cost " + Format.money(cost) : spent;
    }

    /** A progress bar on standard error, with ETA, for a person at a terminal. */
    private static final class Bar extends Progress {
        private final PrintStream terminal;
        private ProgressBar bar;

        Bar(PrintStream terminal) {
            this.terminal = terminal;
        }

        @Override
        void show(boolean first) {
            if (first) {
                bar = new ProgressBarBuilder()
                        .setTaskName("Drafting")
                        .setInitialMax(total())
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .setConsumer(new ConsoleProgressBarConsumer(terminal))
                        .setUpdateIntervalMillis(500)
                        .build();
            }
            bar.stepTo(done());
            bar.setExtraMessage(counters());
        }

        @Override
        void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** Progress as log lines, for CI and files. */
    private static final class Lines extends Progress {
        private static final Duration EVERY = Duration.ofSeconds(10);

        private final PrintWriter log;
        private final Clock clock;
        private Instant started;
        private Instant lastShown;
        private int lastDone;

        Lines(PrintWriter log, Clock clock) {
            this.log = log;
            this.clock = clock;
        }

        @Override
        void show(boolean first) {
            Instant now = clock.instant();
            if (first) {
                started = now;
                lastShown = now;
                log.println("Drafting " + Format.count(total(), "article", "articles") + "…");
                log.flush();
                return;
            }
            boolean tenth = total() >= 10 && done() / Math.max(1, total() / 10) > lastDone / Math.max(1, total() / 10);
            if (done() == total() || tenth || Duration.between(lastShown, now).compareTo(EVERY) >= 0) {
                lastShown = now;
                lastDone = done();
                log.println(String.format(
                        "  %d/%d done · %s · %d left%s", done(), total(), counters(), total() - done(), eta(now)));
                log.flush();
            }
        }

        private String eta(Instant now) {
            if (done() == 0 || done() == total()) {
                return "";
            }
            long elapsed = Duration.between(started, now).toMillis();
            return " · about " + Format.duration(Duration.ofMillis(elapsed * (total() - done()) / done())) + " to go";
        }
    }
}
